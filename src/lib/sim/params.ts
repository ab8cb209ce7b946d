/** The engine's model parameters as plain numbers (midpoints of the sourced figures in model-params.json). */
import type { Generation } from '../data/model-params';
import { figureMidpoint, latest } from '../data/provenance';
import { modelParams, sites } from '../payload';

const m = (f: Parameters<typeof figureMidpoint>[0]) => figureMidpoint(f);
const mp = modelParams;

export const PARAMS = {
  tpCommOverlap: m(mp.tpCommOverlap),
  expertAllToAllOverlap: m(mp.expertAllToAllOverlap),
  fp8MatmulSpeedup: m(mp.fp8MatmulSpeedup),
  collectiveBusEfficiency: m(mp.collectiveBusEfficiency),
  scaleUpLatencyS: m(mp.scaleUpLatencyS),
  scaleOutLatencyS: m(mp.scaleOutLatencyS),
  weightBytesPerParam: m(mp.weightBytesPerParam),
  gradBytesPerParam: m(mp.gradBytesPerParam),
  gradWireBytesPerValue: m(mp.gradWireBytesPerValue),
  optimizerBytesPerParam: m(mp.optimizerBytesPerParam),
  activationBytesPerTokenLayerHidden: m(mp.activationBytesPerTokenLayerHidden),
  recomputeActivationBytesPerTokenLayerHidden: m(mp.recomputeActivationBytesPerTokenLayerHidden),
  modelStateMemoryFraction: m(mp.modelStateMemoryFraction),
  optimizerHbmBytesPerParam: m(mp.optimizerHbmBytesPerParam),
  fallbackHbmBytesPerS: m(mp.fallbackHbmBytesPerS),
  gpuFailuresPerGpuHour: m(mp.gpuFailuresPerGpuHour),
  nodeFailuresPerNodeHour: m(mp.nodeFailuresPerNodeHour),
  gpusPerNode: m(mp.gpusPerNode),
  checkpointWriteS: m(mp.checkpointWriteS),
  restartS: m(mp.restartS),
  pue: m(mp.pue),
  hgxGpusPerRack: m(mp.hgxGpusPerRack),
  serverPowerFactor: m(mp.serverPowerFactor),
  batchFitCoefficient: m(mp.batchFitCoefficient),
  batchFitExponent: m(mp.batchFitExponent),
  batchFitSequenceTokens: m(mp.batchFitSequenceTokens),
  defaultAspectRatio: m(mp.defaultAspectRatio),
  defaultSeqLen: m(mp.defaultSeqLen),
} as const;

export function matmulEfficiency(generation: Generation): number {
  const f = mp.matmulEfficiency[generation];
  return f ? m(f) : m(mp.matmulEfficiency.hopper);
}

/** NVL72-class rack power: Microsoft's Fairwater Atlanta figure (~140 kW per rack). */
function nvl72RackPowerKw(): number {
  const site = sites.find((s) => s.id === 'fairwater-atlanta');
  const series = site?.figures.rackPowerKw;
  if (!series) throw new Error('content/data/sites.json: fairwater-atlanta.figures.rackPowerKw is missing');
  return m(latest(series));
}
export const NVL72_RACK_POWER_KW = nvl72RackPowerKw();
