/**
 * The engine's model parameters as plain numbers (midpoints of the sourced figures in
 * model-params.json). Each is read through `figureMidpoint` on every access, never copied at load:
 * a tracker (read-tracker.ts) then sees which parameters a computation used, for its badge.
 */
import type { Generation, ModelParams } from '../data/model-params';
import { figureMidpoint, latest } from '../data/provenance';
import { modelParams, sites } from '../payload';

type ScalarParam = Exclude<keyof ModelParams, 'matmulEfficiency'>;

const SCALAR_PARAMS = [
  'tpCommOverlap',
  'expertAllToAllOverlap',
  'fp8MatmulSpeedup',
  'collectiveBusEfficiency',
  'scaleUpLatencyS',
  'scaleOutLatencyS',
  'weightBytesPerParam',
  'gradBytesPerParam',
  'gradWireBytesPerValue',
  'optimizerBytesPerParam',
  'activationBytesPerTokenLayerHidden',
  'recomputeActivationBytesPerTokenLayerHidden',
  'modelStateMemoryFraction',
  'optimizerHbmBytesPerParam',
  'fallbackHbmBytesPerS',
  'gpuFailuresPerGpuHour',
  'nodeFailuresPerNodeHour',
  'gpusPerNode',
  'checkpointWriteS',
  'restartS',
  'pue',
  'hgxGpusPerRack',
  'serverPowerFactor',
  'batchFitCoefficient',
  'batchFitExponent',
  'batchFitSequenceTokens',
  'defaultAspectRatio',
  'defaultSeqLen',
] as const satisfies readonly ScalarParam[];

type ParamName = (typeof SCALAR_PARAMS)[number];

/** `PARAMS.pue` reads model-params.json's `pue` through `figureMidpoint` each time. */
export const PARAMS: Readonly<Record<ParamName, number>> = Object.defineProperties(
  {},
  Object.fromEntries(
    SCALAR_PARAMS.map((name) => [name, { enumerable: true, get: () => figureMidpoint(modelParams[name]) }]),
  ),
) as Readonly<Record<ParamName, number>>;

export function matmulEfficiency(generation: Generation): number {
  const f = modelParams.matmulEfficiency[generation] ?? modelParams.matmulEfficiency.hopper;
  if (!f) throw new Error('content/data/model-params.json: matmulEfficiency.hopper is missing');
  return figureMidpoint(f);
}

const atlantaRackPower = (() => {
  const series = sites.find((s) => s.id === 'fairwater-atlanta')?.figures.rackPowerKw;
  if (!series) throw new Error('content/data/sites.json: fairwater-atlanta.figures.rackPowerKw is missing');
  return latest(series);
})();

/** NVL72-class rack power: Microsoft's Fairwater Atlanta figure (~140 kW per rack). */
export function nvl72RackPowerKw(): number {
  return figureMidpoint(atlantaRackPower);
}
