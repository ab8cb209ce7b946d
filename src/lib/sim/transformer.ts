/**
 * A dense or mixture-of-experts transformer: FLOPs per token and memory per GPU.
 * FLOPs: 6N per token for the weights (2 forward, 4 backward; Kaplan et al., GPT-3 App. D) plus
 * 12·layers·hidden·seqLen for attention scores (PaLM App. B). MoE: N = active parameters.
 */
import type { z } from 'zod';
import { paramsHeldPerGpu } from './moe';
import { PARAMS } from './params';
import type { memoryInputSchema, shardingSchema, transformerSchema } from './transformer-checked';

export type TransformerInput = z.input<typeof transformerSchema>;
export type Transformer = z.output<typeof transformerSchema>;
export type Sharding = z.infer<typeof shardingSchema>;
export type MemoryInput = z.input<typeof memoryInputSchema>;

export const activeParamsOf = (m: Transformer) => Math.min(m.activeParams ?? m.params, m.params);

/** Shape guess for a model known only by its parameter count: N ≈ 12·L·h² at a fixed h/L. */
export function defaultShape(params: number): { layers: number; hidden: number } {
  const aspect = PARAMS.defaultAspectRatio;
  const hidden = Math.max(64, Math.round((params * aspect) / 12) ** (1 / 3));
  const rounded = Math.max(64, Math.round(hidden / 64) * 64);
  return { hidden: rounded, layers: Math.max(1, Math.round(rounded / aspect)) };
}

export interface MemoryPerGpu {
  weightsBytes: number;
  gradientsBytes: number;
  optimizerBytes: number;
  activationsBytes: number;
  totalBytes: number;
}

/**
 * Activations stage 1 holds at the peak of 1F1B: pp micro-batches, plus (pp-1)/v with v interleaved
 * chunks (Narayanan et al. 2021; Korthikanti et al. 2022), never more than the step's m.
 */
export function inFlightMicroBatches(pp: number, interleave: number, microBatches = Number.POSITIVE_INFINITY): number {
  const peak = interleave > 1 ? pp + (pp - 1) / interleave : pp;
  return Math.min(peak, microBatches);
}

export function memoryPerGpuUnchecked(
  x: Omit<z.output<typeof memoryInputSchema>, 'interleave'> & { interleave?: number },
): MemoryPerGpu {
  const paramsPerGpu = paramsHeldPerGpu(x.model, x.moe, x.tp, x.pp);
  const n = x.shardRanks;
  const level = { none: 0, zero1: 1, zero2: 2, zero3: 3 }[x.sharding];
  const weightsBytes = (paramsPerGpu * PARAMS.weightBytesPerParam) / (level >= 3 ? n : 1);
  const gradientsBytes = (paramsPerGpu * PARAMS.gradBytesPerParam) / (level >= 2 ? n : 1);
  const optimizerBytes = (paramsPerGpu * PARAMS.optimizerBytesPerParam) / (level >= 1 ? n : 1);
  const inFlight = x.inFlight ?? inFlightMicroBatches(x.pp, x.interleave ?? 1, x.microBatches);
  const layersPerStage = x.model.layers / x.pp;
  const perLayerFull = (x.microBatchTokens * x.model.hidden * PARAMS.activationBytesPerTokenLayerHidden) / x.tp;
  const perLayerKept = x.recompute
    ? (x.microBatchTokens * x.model.hidden * PARAMS.recomputeActivationBytesPerTokenLayerHidden) / x.tp
    : perLayerFull;
  // With recomputation one layer's full activations still exist while its backward runs.
  const activationsBytes = inFlight * layersPerStage * perLayerKept + (x.recompute ? perLayerFull : 0);
  return {
    weightsBytes,
    gradientsBytes,
    optimizerBytes,
    activationsBytes,
    totalBytes: weightsBytes + gradientsBytes + optimizerBytes + activationsBytes,
  };
}
