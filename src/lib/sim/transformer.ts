/**
 * A dense or mixture-of-experts transformer: FLOPs per token and memory per GPU.
 * FLOPs: 6N per token for the weights (2 forward, 4 backward; Kaplan et al., GPT-3 App. D) plus
 * 12·layers·hidden·seqLen for attention scores (PaLM App. B). MoE: N = active parameters.
 */
import { z } from 'zod';
import { moeSchema, paramsHeldPerGpu } from './moe';
import { PARAMS } from './params';
import { bounded, boundedInt, parseInput } from './schemas';

export const transformerSchema = z.object({
  params: bounded(1e6, 1e15),
  /** Mixture-of-experts: parameters used per token (defaults to `params`). */
  activeParams: bounded(1e6, 1e15).optional(),
  layers: boundedInt(1, 1000),
  hidden: boundedInt(64, 1_000_000),
  seqLen: boundedInt(1, 10_000_000),
  globalBatchTokens: bounded(1, 1e11),
});
export type TransformerInput = z.input<typeof transformerSchema>;
export type Transformer = z.output<typeof transformerSchema>;

export const activeParamsOf = (m: Transformer) => Math.min(m.activeParams ?? m.params, m.params);

/** Training FLOPs per token (forward + backward), with attention; `withoutAttention` gives 6N alone. */
export function trainingFlopPerToken(model: TransformerInput, opts: { withoutAttention?: boolean } = {}): number {
  const m = parseInput(transformerSchema, model, 'trainingFlopPerToken');
  const attention = opts.withoutAttention ? 0 : 12 * m.layers * m.hidden * m.seqLen;
  return 6 * activeParamsOf(m) + attention;
}

/** Shape guess for a model known only by its parameter count: N ≈ 12·L·h² at a fixed h/L. */
export function defaultShape(params: number): { layers: number; hidden: number } {
  const aspect = PARAMS.defaultAspectRatio;
  const hidden = Math.max(64, Math.round((params * aspect) / 12) ** (1 / 3));
  const rounded = Math.max(64, Math.round(hidden / 64) * 64);
  return { hidden: rounded, layers: Math.max(1, Math.round(rounded / aspect)) };
}

export const shardingSchema = z.enum(['none', 'zero1', 'zero2', 'zero3']);
export type Sharding = z.infer<typeof shardingSchema>;

export const memoryInputSchema = z.object({
  model: transformerSchema,
  tp: boundedInt(1, 1024),
  pp: boundedInt(1, 1024),
  /** Ranks the sharded states are spread over (the data-parallel group inside a site). */
  shardRanks: boundedInt(1, 10_000_000),
  sharding: shardingSchema.default('zero1'),
  recompute: z.boolean().default(false),
  microBatchTokens: bounded(1, 1e9),
  /** Micro-batches each replica runs per step: no more than these can be in flight. */
  microBatches: boundedInt(1, 1_000_000).optional(),
  /** Interleaved 1F1B: model chunks per GPU, which hold (p-1)/v extra micro-batches at stage 1. */
  interleave: boundedInt(1, 64).default(1),
  /** Mixture-of-experts: experts are also split over `moe.ep` ranks. */
  moe: moeSchema.optional(),
  /** Micro-batches in flight at the first stage, when known; else from the schedule. */
  inFlight: boundedInt(1, 100_000).optional(),
});
export type MemoryInput = z.input<typeof memoryInputSchema>;

export interface MemoryPerGpu {
  weightsBytes: number;
  gradientsBytes: number;
  optimizerBytes: number;
  activationsBytes: number;
  totalBytes: number;
}

/** ZeRO (Rajbhandari et al. 2020): stage 1 shards optimizer state, 2 adds gradients, 3 adds weights. */
export function memoryPerGpu(input: MemoryInput): MemoryPerGpu {
  const x = parseInput(memoryInputSchema, input, 'memoryPerGpu');
  return memoryPerGpuUnchecked(x);
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
