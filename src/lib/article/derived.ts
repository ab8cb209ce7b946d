/**
 * Every figure the chapters compute, by name: `<Derived of="wiAtlRoundTripMs" />`. Each is built by
 * the engine from data inputs and carries the weakest input status and every input's source.
 * Lazily evaluated and cached: a chapter pays only for the figures it uses.
 */

import { figureMidpoint } from '../data';
import {
  fiberLatencyMs,
  flatRingAcrossSites,
  goodput,
  hierarchicalAllReduce,
  jobMtbfS,
  lowCommForStep,
  memoryPerGpu,
  scenarioConfig,
  scenarioNic,
  scenario as scenarioPreset,
  siteCompute,
  siteOutage,
  stepBands,
  trainingFlopPerToken,
  wanExchangeSteps,
  youngDalyIntervalS,
} from '../sim';
import { type DerivedFigure, derive, inWords } from './derived-figure';
import { data, fact, gpu, type Input, matmulEfficiencyInput, param } from './inputs';
import * as sc from './scenario';

const hw = (field: string) => data(`hardware.${sc.SCENARIO_GPU}.${field}`);
const atlantaIt = () => data('sites.fairwater-atlanta.itPowerMw');
const range = (i: Input) => i.range ?? { min: i.value, max: i.value };
const oneWayS = () => fiberLatencyMs(sc.distance.value) / 1000;
const fiberInputs = () => [data('links.fiber.speedOfLightKmPerS'), data('links.fiber.defaultRouteFactor'), sc.distance];
const modelInputs = () => Object.values(sc.model);

const step = sc.scenarioStep;

/** Compute one site sustains: GPUs × peak × the engine's sustained fraction of peak. */
function siteFlopPerS(): { value: number; inputs: Input[] } {
  const gen = gpu(sc.SCENARIO_GPU).generation;
  const inputs = [sc.gpusPerSite, hw('denseBf16FlopPerS'), matmulEfficiencyInput(gen)];
  return { value: inputs.reduce((p, i) => p * i.value, 1), inputs };
}

/** The three schedules on one step model: the worked example's, over one fibre pair. */
function lowComm(method: 'data-parallel' | 'diloco' | 'streaming-diloco') {
  return lowCommForStep(scenarioConfig(sc.SCENARIO_ID), {
    method,
    bytesPerValue: method === 'streaming-diloco' ? fact('streamingBitsPerValue').value / 8 : 2,
    innerStepsPerSync: fact('scenario.innerStepsPerSync').value,
    fragments: fact('scenario.fragments').value,
    overlapSteps: 1,
    wanBandwidthBytesPerS: range(sc.fiberPairBandwidth).min,
  });
}
const lowCommInputs = () => [
  ...modelInputs(),
  ...fiberInputs(),
  sc.fiberPairBandwidth,
  fact('scenario.innerStepsPerSync'),
  fact('scenario.fragments'),
];

const definitions = {
  // Chapter 2: power.
  atlantaItGrowth: () => {
    const series = [data('sites.fairwater-atlanta.itPowerMw', '2025-10'), atlantaIt()];
    const [first, last] = series as [Input, Input];
    return derive(series, last.value / first.value, {
      unit: '×',
      sig: 2,
      how: 'Latest estimate of Atlanta’s IT power divided by the first.',
      method: 'power',
    });
  },
  atlantaFacilityMw: () => {
    const it = atlantaIt();
    const p = param('pue');
    return derive(
      [it, p],
      { min: it.value * range(p).min, max: it.value * range(p).max },
      {
        unit: 'MW',
        sig: 2,
        how: 'IT power times a power usage effectiveness between its low and high values.',
        method: 'power',
      },
    );
  },
  atlantaGpusFromPower: () => {
    const it = atlantaIt();
    const p = param('pue');
    const r = siteCompute({ facilityPowerMw: it.value * p.value, pue: p.value, gpu: sc.SCENARIO_GPU });
    const w = inWords(r.gpus, 'GPUs');
    return derive([it, data('sites.fairwater-atlanta.rackPowerKw'), hw('scaleUpDomain')], w.value, {
      unit: w.unit,
      sig: 2,
      how: 'Whole 72-GPU racks at Fairwater’s rack power that fit in the estimated IT power.',
      method: 'power',
    });
  },
  atlantaRacksPerRow: () => {
    const row = data('sites.fairwater-atlanta.rowPowerKw');
    const rack = data('sites.fairwater-atlanta.rackPowerKw');
    return derive([row, rack], row.value / rack.value, {
      unit: 'racks',
      sig: 2,
      how: 'Power per row divided by power per rack.',
      method: 'power',
    });
  },
  wisconsinProjectedGrowth: () => {
    const now = data('sites.fairwater-wisconsin.itPowerMw');
    const later = data('sites.fairwater-wisconsin.projectedItPowerMw');
    return derive([now, later], later.value / now.value, {
      unit: '×',
      sig: 2,
      how: 'Projected IT power of the expanded campus divided by today’s.',
      method: 'power',
    });
  },

  // Chapter 3: what a step holds.
  runWeightsBytes: () => {
    const m = memory();
    return derive([sc.model.params, param('weightBytesPerParam')], m.weightsBytes, {
      unit: 'B',
      as: 'GB',
      sig: 2,
      how: 'Parameters times two bytes (bf16).',
      method: 'memory',
    });
  },
  runModelStateBytes: () => {
    const m = memory();
    return derive(
      [sc.model.params, param('weightBytesPerParam'), param('gradBytesPerParam'), param('optimizerBytesPerParam')],
      m.weightsBytes + m.gradientsBytes + m.optimizerBytes,
      { unit: 'B', as: 'TB', sig: 2, how: 'Weights, gradients and Adam state for every parameter.', method: 'memory' },
    );
  },
  runGpusToHoldState: () => {
    const m = memory();
    const hbm = hw('hbmBytes');
    return derive(
      [sc.model.params, param('gradBytesPerParam'), param('optimizerBytesPerParam'), hbm],
      (m.weightsBytes + m.gradientsBytes + m.optimizerBytes) / hbm.value,
      {
        unit: 'GPUs',
        sig: 2,
        how: 'Model state divided by one GB200’s memory, before any activations.',
        method: 'memory',
      },
    );
  },
  runFlopPerToken: () => {
    const w = inWords(trainingFlopPerToken(sc.modelInput), 'FLOP');
    return derive(modelInputs(), w.value, {
      unit: w.unit,
      sig: 2,
      how: '6 FLOPs per parameter per token plus attention.',
      method: 'transformer-flops',
    });
  },
  runStepFlop: () => {
    const w = inWords(trainingFlopPerToken(sc.modelInput) * sc.model.globalBatchTokens.value, 'FLOP');
    return derive(modelInputs(), w.value, {
      unit: w.unit,
      sig: 2,
      how: 'FLOPs per token times the tokens in one step’s batch.',
      method: 'transformer-flops',
    });
  },
  runSteps: () => {
    const w = inWords(sc.model.tokens.value / sc.model.globalBatchTokens.value, 'steps');
    return derive([sc.model.tokens, sc.model.globalBatchTokens], w.value, {
      unit: w.unit,
      sig: 2,
      how: 'Training tokens divided by tokens per step.',
      method: 'training-run',
    });
  },
  scenarioStepS: () =>
    derive(
      [...modelInputs(), hw('denseBf16FlopPerS'), matmulEfficiencyInput('blackwell')],
      step(1, sc.wanBandwidth.value).stepTimeS,
      {
        unit: 's',
        sig: 2,
        how: 'The engine’s step model for the published layout and interleaved schedule on GB200, one site.',
        method: 'analytic-step',
      },
    ),
  scenarioStepRangeS: () => {
    const band = stepBands(step(1, sc.wanBandwidth.value)).stepTimeInterval;
    return derive(
      [...modelInputs(), hw('denseBf16FlopPerS'), matmulEfficiencyInput('blackwell')],
      { min: band.low, max: band.high },
      {
        unit: 's',
        sig: 2,
        how: 'The step time divided by the most the engine has over- and underestimated published training runs, each predicted with a calibration fitted without it (leave-one-out).',
        method: 'training-run',
      },
    );
  },
  gradientBytes: () =>
    derive(
      [sc.model.params, param('gradWireBytesPerValue')],
      hierarchical(sc.wanBandwidth.value).wanBytesPerSitePerDirection,
      {
        unit: 'B',
        as: 'GB',
        sig: 2,
        how: 'What each site sends over the WAN per all-reduce: one full fp32 copy of the gradient for two sites.',
        method: 'hierarchical-all-reduce',
      },
    ),

  // Chapter 4: distance.
  wiAtlOneWayMs: () =>
    derive(fiberInputs(), fiberLatencyMs(sc.distance.value), {
      unit: 'ms',
      sig: 2,
      how: 'Great-circle distance times the assumed route factor, over the speed of light in glass.',
      method: 'fiber-latency',
      extraSources: sc.distanceSources,
    }),
  wiAtlRoundTripMs: () => {
    const route = data('links.wisconsin-atlanta.routeLengthKm');
    const r = range(route);
    return derive(
      [route, data('links.fiber.speedOfLightKmPerS')],
      { min: 2 * fiberLatencyMs(r.min, { routeFactor: 1 }), max: 2 * fiberLatencyMs(r.max, { routeFactor: 1 }) },
      {
        unit: 'ms',
        sig: 2,
        how: 'Twice the estimated route length over the speed of light in glass.',
        method: 'fiber-latency',
      },
    );
  },
  wiAtlRoundTripFloorMs: () =>
    derive(
      [sc.distance, data('links.fiber.speedOfLightKmPerS')],
      2 * fiberLatencyMs(sc.distance.value, { routeFactor: 1 }),
      {
        unit: 'ms',
        sig: 2,
        how: 'Twice the straight-line distance over the speed of light in glass: no cable can do better.',
        method: 'fiber-latency',
        extraSources: sc.distanceSources,
      },
    ),
  nvlinkMessageDelay: () => {
    const alpha = param('scaleUpLatencyS');
    return derive([alpha], alpha.value, {
      unit: 's',
      as: 'µs',
      sig: 1,
      how: 'The per-message delay α the engine uses inside an NVLink domain.',
      method: 'ring-all-reduce',
    });
  },
  wanVsNvlinkDelay: () => {
    const alpha = param('scaleUpLatencyS');
    const w = inWords(oneWayS() / alpha.value, '×');
    return derive([...fiberInputs(), alpha], w.value, {
      unit: w.unit === '×' ? '×' : w.unit.replace(' ×', ' times'),
      sig: 1,
      how: 'One-way fibre delay between the sites divided by the delay of one message inside an NVLink rack.',
      method: 'fiber-latency',
      extraSources: sc.distanceSources,
    });
  },
  flatRingStepLatencyS: () =>
    derive([sc.gpusPerSite, param('scaleOutLatencyS')], flatRing().intraLatencyS, {
      unit: 's',
      sig: 2,
      how: 'Latency of one ring through every GPU of two sites: 2(p−1) steps, each one scale-out message delay; the ring is pipelined, so the WAN adds its delay only per crossing.',
      method: 'hierarchical-all-reduce',
    }),
  flatRingWanHops: () =>
    derive([sc.gpusPerSite], flatRing().wanHops, {
      unit: 'count',
      sig: 2,
      how: 'Hops of the ring that cross between the sites: one out, one back.',
      method: 'hierarchical-all-reduce',
    }),
  flatRingHops: () => {
    const w = inWords(2 * Math.round(sc.gpusPerSite.value), 'hops');
    return derive([sc.gpusPerSite], w.value, {
      unit: w.unit,
      sig: 2,
      how: 'One hop per GPU of the ring, through every GPU of two sites.',
      method: 'hierarchical-all-reduce',
    });
  },
  flatRingBottleneckS: () =>
    derive([sc.model.params, param('gradWireBytesPerValue'), siteNic()], flatRing().bandwidthTermS, {
      unit: 's',
      sig: 2,
      how: 'Bandwidth term of the flat ring: the whole fp32 gradient, 2(p−1)/p of it, through the one GPU’s NIC on each WAN crossing.',
      method: 'hierarchical-all-reduce',
    }),
  flatRingBdpBytes: () =>
    derive([...fiberInputs(), siteNic()], flatRing().wanHopBandwidthDelayBytes, {
      unit: 'B',
      as: 'GB',
      sig: 2,
      how: 'Bytes in flight that keep one NIC pair busy across the WAN: its bandwidth times the round trip.',
      method: 'hierarchical-all-reduce',
      extraSources: sc.distanceSources,
    }),
  hierLatencyMs: () =>
    derive(fiberInputs(), wanExchangeSteps(2) * oneWayS() * 1000, {
      unit: 'ms',
      sig: 2,
      how: 'Latency of the cross-site phase of a hierarchical all-reduce between two sites: both send at once, one one-way delay (a ring of K > 2 sites needs 2(K−1)).',
      method: 'hierarchical-all-reduce',
      extraSources: sc.distanceSources,
    }),
  tpAcrossWanS: () =>
    derive([...fiberInputs(), sc.model.layers], sc.model.layers.value * 4 * oneWayS(), {
      unit: 's',
      sig: 2,
      how: 'Four blocking tensor-parallel collectives per layer (two forward, two backward), each at least one WAN delay.',
      method: 'fiber-latency',
      extraSources: sc.distanceSources,
    }),
  latencyBandwidthCrossoverBytes: () =>
    derive([...fiberInputs(), sc.wanBandwidth], oneWayS() * sc.wanBandwidth.value, {
      unit: 'B',
      as: 'GB',
      sig: 2,
      how: 'Message size at which the transfer time equals the one-way delay: delay times bandwidth.',
      method: 'fiber-latency',
      extraSources: sc.distanceSources,
    }),

  // Chapter 5: bandwidth.
  twoSiteStepS: () =>
    derive([...modelInputs(), ...fiberInputs(), sc.wanBandwidth], step(2, sc.wanBandwidth.value).stepTimeS, {
      unit: 's',
      sig: 2,
      how: 'The engine’s step model with data-parallel replicas split between the two sites.',
      method: 'analytic-step',
      extraSources: sc.distanceSources,
    }),
  twoSiteSlowdownPercent: () => {
    const one = step(1, sc.wanBandwidth.value).stepTimeS;
    const two = step(2, sc.wanBandwidth.value).stepTimeS;
    return derive([...modelInputs(), ...fiberInputs(), sc.wanBandwidth], (100 * (two - one)) / one, {
      unit: '%',
      sig: 1,
      how: 'Extra step time of the two-site layout over the same GPUs in one site.',
      method: 'analytic-step',
      extraSources: sc.distanceSources,
    });
  },
  wanBytesPerStep: () =>
    derive([...modelInputs(), ...fiberInputs(), sc.wanBandwidth], step(2, sc.wanBandwidth.value).wanBytes, {
      unit: 'B',
      as: 'TB',
      sig: 2,
      how: 'Bytes the step model sends over the WAN per step, both directions.',
      method: 'analytic-step',
    }),
  gradientWanMs: () =>
    derive(
      [...fiberInputs(), sc.model.params, sc.wanBandwidth],
      1000 * hierarchical(sc.wanBandwidth.value).wanAllReduceS,
      {
        unit: 'ms',
        sig: 2,
        how: 'Cross-site phase of a hierarchical all-reduce of the fp32 gradient: transfer plus one one-way delay (both sites send at once).',
        method: 'hierarchical-all-reduce',
        extraSources: sc.distanceSources,
      },
    ),
  gradientFiberPairS: () => {
    const r = range(sc.fiberPairBandwidth);
    return derive(
      [...fiberInputs(), sc.model.params, sc.fiberPairBandwidth],
      { min: hierarchical(r.max).wanAllReduceS, max: hierarchical(r.min).wanAllReduceS },
      {
        unit: 's',
        sig: 2,
        how: 'The same exchange over a single fibre pair of today’s optics.',
        method: 'hierarchical-all-reduce',
        extraSources: sc.distanceSources,
      },
    );
  },
  wanPerGpuBytesPerS: () =>
    derive([sc.wanBandwidth, sc.gpusPerSite], sc.wanBandwidth.value / sc.gpusPerSite.value, {
      unit: 'B/s',
      as: 'GB/s',
      sig: 2,
      how: 'WAN capacity shared by every GPU of one site.',
      method: 'hierarchical-all-reduce',
    }),
  nvlinkOverWanPerGpu: () => {
    const nv = hw('scaleUpBytesPerS');
    return derive([nv, sc.wanBandwidth, sc.gpusPerSite], nv.value / (sc.wanBandwidth.value / sc.gpusPerSite.value), {
      unit: '×',
      sig: 2,
      how: 'NVLink bandwidth per GPU divided by the WAN share per GPU.',
      method: 'hierarchical-all-reduce',
    });
  },
  criticalBatchTokensPerSite: () => {
    const c = siteFlopPerS();
    const wire = param('gradWireBytesPerValue');
    // Backward ≈ 4N FLOP per token hides an exchange of N·wire bytes when 4N·T/F ≥ N·wire/B.
    const tokens = (wire.value * c.value) / (4 * sc.wanBandwidth.value);
    const w = inWords(tokens, 'tokens');
    return derive([...c.inputs, sc.wanBandwidth, wire], w.value, {
      unit: w.unit,
      sig: 2,
      how: 'Per-site batch above which the WAN exchange hides behind the backward pass (about 4 FLOP per parameter per token): bytes per gradient value times site FLOP/s over four times the WAN bandwidth (fp32, two sites).',
      method: 'hierarchical-all-reduce',
    });
  },

  // Chapter 6: talking less.
  dpUtilisationFiberPair: () =>
    derive(lowCommInputs(), 100 * lowComm('data-parallel').computeUtilisation, {
      unit: '%',
      sig: 2,
      how: 'Synchronous data parallelism over one fibre pair: compute time over compute plus exposed exchange.',
      method: 'diloco',
    }),
  dilocoUtilisationFiberPair: () =>
    derive(lowCommInputs(), 100 * lowComm('diloco').computeUtilisation, {
      unit: '%',
      sig: 2,
      how: 'DiLoCo over one fibre pair.',
      method: 'diloco',
    }),
  streamingUtilisationFiberPair: () =>
    derive([...lowCommInputs(), fact('streamingBitsPerValue')], 100 * lowComm('streaming-diloco').computeUtilisation, {
      unit: '%',
      sig: 2,
      how: 'Streaming DiLoCo over one fibre pair: fragments, 4-bit values, one step of overlap.',
      method: 'streaming-diloco',
    }),
  dpAverageBandwidth: () =>
    derive(lowCommInputs(), lowComm('data-parallel').averageBandwidthBytesPerS, {
      unit: 'B/s',
      as: 'Tbit/s',
      sig: 2,
      how: 'Average WAN traffic of synchronous data parallelism.',
      method: 'diloco',
    }),
  dilocoAverageBandwidth: () =>
    derive(lowCommInputs(), lowComm('diloco').averageBandwidthBytesPerS, {
      unit: 'B/s',
      as: 'Gbit/s',
      sig: 2,
      how: 'Average WAN traffic of DiLoCo.',
      method: 'diloco',
    }),
  streamingAverageBandwidth: () =>
    derive([...lowCommInputs(), fact('streamingBitsPerValue')], lowComm('streaming-diloco').averageBandwidthBytesPerS, {
      unit: 'B/s',
      as: 'Gbit/s',
      sig: 2,
      how: 'Average WAN traffic of streaming DiLoCo with 4-bit values.',
      method: 'streaming-diloco',
    }),

  // Chapter 7: failures.
  runMtbfH: () =>
    derive(
      [sc.model.gpus, param('gpuFailuresPerGpuHour'), param('nodeFailuresPerNodeHour')],
      jobMtbfS({ gpus: sc.model.gpus.value, gpu: runGpu() }),
      {
        unit: 's',
        as: 'h',
        sig: 2,
        how: 'One over the summed failure rates of the run’s GPUs and nodes.',
        method: 'goodput',
      },
    ),
  twoSiteGpus: () => {
    const w = inWords(2 * sc.gpusPerSite.value, 'GPUs');
    return derive([sc.gpusPerSite], w.value, {
      unit: w.unit,
      sig: 2,
      how: 'Two sites of one Fairwater building each (analyst estimate).',
      method: 'goodput',
    });
  },
  twoSiteMtbfS: () =>
    derive(
      [sc.gpusPerSite, param('gpuFailuresPerGpuHour'), param('nodeFailuresPerNodeHour')],
      jobMtbfS({ gpus: 2 * sc.gpusPerSite.value, gpu: sc.SCENARIO_GPU }),
      {
        unit: 's',
        sig: 2,
        how: 'Mean time between failures of a job on every GPU of two sites, counting each 4-GPU GB200 tray as a node.',
        method: 'goodput',
      },
    ),
  twoSiteCheckpointIntervalS: () => {
    const c = param('checkpointWriteS');
    const m = jobMtbfS({ gpus: 2 * sc.gpusPerSite.value, gpu: sc.SCENARIO_GPU });
    return derive(
      [sc.gpusPerSite, param('gpuFailuresPerGpuHour'), c],
      youngDalyIntervalS({ checkpointCostS: c.value, jobMtbfS: m }),
      {
        unit: 's',
        sig: 2,
        how: 'Young/Daly optimum: the square root of twice the checkpoint cost times the MTBF.',
        method: 'young-daly',
      },
    );
  },
  runGoodputPercent: () =>
    derive(
      [sc.model.gpus, param('gpuFailuresPerGpuHour'), param('checkpointWriteS'), param('restartS')],
      100 * goodput({ gpus: sc.model.gpus.value, gpu: runGpu() }).goodput,
      {
        unit: '%',
        sig: 2,
        how: 'Goodput of a job on the run’s GPU count with checkpoints at the Young/Daly interval.',
        method: 'goodput',
      },
    ),
  twoSiteGoodputPercent: () =>
    derive(
      [sc.gpusPerSite, param('gpuFailuresPerGpuHour'), param('checkpointWriteS'), param('restartS')],
      100 * goodput({ gpus: 2 * sc.gpusPerSite.value, gpu: sc.SCENARIO_GPU }).goodput,
      {
        unit: '%',
        sig: 2,
        how: 'The same for every GPU of two sites.',
        method: 'goodput',
      },
    ),
  outageStallH: () => outage('stall'),
  outageShrinkH: () => outage('reducedDp'),

  // Chapter 8: growth.
  fairwaterItTotalMw: () => {
    const a = atlantaIt();
    const w = data('sites.fairwater-wisconsin.itPowerMw');
    return derive([a, w], a.value + w.value, {
      unit: 'MW',
      sig: 2,
      how: 'Latest IT power estimates of the two Fairwater sites, added.',
      method: 'power',
    });
  },
} satisfies Record<string, () => DerivedFigure>;

function memory() {
  return memoryPerGpu({
    model: sc.modelInput,
    tp: 1,
    pp: 1,
    shardRanks: 1,
    sharding: 'none',
    microBatchTokens: sc.model.seqLen.value,
  });
}

/** The run's own hardware (H100 for Llama 3.1): its failure rates were measured on it. */
const runGpu = () => sc.runHardware;

/** The sites' own NIC per GPU (Fairwater publishes it), else the hardware's reference NIC. */
function siteNic(): Input {
  const nic = scenarioNic(scenarioPreset(sc.SCENARIO_ID));
  return nic ? { value: figureMidpoint(nic), status: nic.status, source: nic.source } : hw('scaleOutBytesPerS');
}

function flatRing() {
  return flatRingAcrossSites(hierInput(sc.wanBandwidth.value));
}

function hierInput(wanBandwidthBytesPerS: number) {
  return {
    sites: 2,
    ranksPerSite: Math.round(sc.gpusPerSite.value),
    bytes: sc.model.params.value * param('gradWireBytesPerValue').value,
    intraBandwidthBytesPerS: siteNic().value,
    intraLatencyS: param('scaleOutLatencyS').value,
    wanBandwidthBytesPerS,
    wanLatencyS: oneWayS(),
  };
}

function hierarchical(wanBandwidthBytesPerS: number) {
  return hierarchicalAllReduce(hierInput(wanBandwidthBytesPerS));
}

function outage(policy: 'stall' | 'reducedDp'): DerivedFigure {
  const hours = fact('scenario.outageHours');
  const r = siteOutage({ sites: 2, gpusPerSite: Math.round(sc.gpusPerSite.value), outageHours: hours.value });
  return derive([hours, param('restartS')], r[policy].delayHours, {
    unit: 'h',
    sig: 2,
    how:
      policy === 'stall'
        ? 'Everyone waits for the dark site, then restarts.'
        : 'The surviving site carries on at half speed, paying a reconfiguration on the way out and back.',
    method: 'site-outage',
  });
}

export type DerivedId = keyof typeof definitions;
export const DERIVED_IDS = Object.keys(definitions) as DerivedId[];

const cache = new Map<DerivedId, DerivedFigure>();

export function derived(id: string): DerivedFigure {
  if (!(id in definitions)) throw new Error(`<Derived of="${id}">: no such figure; known: ${DERIVED_IDS.join(', ')}`);
  const key = id as DerivedId;
  let figure = cache.get(key);
  if (!figure) {
    figure = definitions[key]();
    cache.set(key, figure);
  }
  return figure;
}
