/**
 * What several chapters' figures compute with: the worked example's hardware, memory, network and
 * low-communication schedules. Plain reads and engine calls, meant to run inside `computed` so every
 * figure they read counts toward the badge of the figure that called them.
 */
import { figureMidpoint } from '../../../lib/data';
import {
  flatRingAcrossSites,
  hierarchicalAllReduce,
  lowCommForStep,
  scenarioConfig,
  scenarioNic,
  scenario as scenarioPreset,
} from '../../../lib/sim';
import { latencyOverDistance } from '../../../lib/sim/link-latency';
import { data, fact, gpu, type Input, matmulEfficiencyInput, param } from '../inputs';
import * as sc from '../scenario';

export const hw = (field: string) => data(`hardware.${sc.SCENARIO_GPU}.${field}`);
export const atlantaIt = () => data('sites.fairwater-atlanta.itPowerMw');
export const range = (i: Input) => i.range ?? { min: i.value, max: i.value };
export const oneWayS = () => latencyOverDistance(sc.distanceKm()).oneWayMs / 1000;

/** Compute one site sustains: GPUs × peak × the engine's sustained fraction of peak. */
export function siteFlopPerS(): number {
  const gen = gpu(sc.SCENARIO_GPU).generation;
  return sc.gpusPerSite().value * hw('denseBf16FlopPerS').value * matmulEfficiencyInput(gen).value;
}

/** The three schedules on one step model: the worked example's, over one fibre pair. */
export function lowComm(method: 'data-parallel' | 'diloco' | 'streaming-diloco') {
  return lowCommForStep(scenarioConfig(sc.SCENARIO_ID), {
    method,
    bytesPerValue: method === 'streaming-diloco' ? fact('streamingBitsPerValue').value / 8 : 2,
    innerStepsPerSync: fact('scenario.innerStepsPerSync').value,
    fragments: fact('scenario.fragments').value,
    overlapSteps: 1,
    wanBandwidthBytesPerS: range(sc.fiberPairBandwidth()).min,
  });
}

/** The sites' own NIC per GPU (Fairwater publishes it), else the hardware's reference NIC. */
export function siteNicBytesPerS(): number {
  const nic = scenarioNic(scenarioPreset(sc.SCENARIO_ID));
  return nic ? figureMidpoint(nic) : hw('scaleOutBytesPerS').value;
}

function hierInput(wanBandwidthBytesPerS: number) {
  return {
    sites: 2,
    ranksPerSite: Math.round(sc.gpusPerSite().value),
    bytes: sc.model().params.value * param('gradWireBytesPerValue').value,
    intraBandwidthBytesPerS: siteNicBytesPerS(),
    intraLatencyS: param('scaleOutLatencyS').value,
    wanBandwidthBytesPerS,
    wanLatencyS: oneWayS(),
  };
}

export function hierarchical(wanBandwidthBytesPerS: number) {
  return hierarchicalAllReduce(hierInput(wanBandwidthBytesPerS));
}

export function flatRing() {
  return flatRingAcrossSites(hierInput(sc.wanBandwidth().value));
}
