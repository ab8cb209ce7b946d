/**
 * The transformer's input schemas and its checked public functions (transformer.ts holds the
 * arithmetic without zod, for the browser).
 */
import { z } from 'zod';
import { moeSchema } from './moe-schema';
import { bounded, boundedInt, parseInput } from './schemas';
import {
  activeParamsOf,
  type MemoryInput,
  type MemoryPerGpu,
  memoryPerGpuUnchecked,
  type TransformerInput,
} from './transformer';

export const transformerSchema = z.object({
  params: bounded(1e6, 1e15),
  /** Mixture-of-experts: parameters used per token (defaults to `params`). */
  activeParams: bounded(1e6, 1e15).optional(),
  layers: boundedInt(1, 1000),
  hidden: boundedInt(64, 1_000_000),
  seqLen: boundedInt(1, 10_000_000),
  globalBatchTokens: bounded(1, 1e11),
});

export const shardingSchema = z.enum(['none', 'zero1', 'zero2', 'zero3']);

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

/** Training FLOPs per token (forward + backward), with attention; `withoutAttention` gives 6N alone. */
export function trainingFlopPerToken(model: TransformerInput, opts: { withoutAttention?: boolean } = {}): number {
  const m = parseInput(transformerSchema, model, 'trainingFlopPerToken');
  const attention = opts.withoutAttention ? 0 : 12 * m.layers * m.hidden * m.seqLen;
  return 6 * activeParamsOf(m) + attention;
}

/** ZeRO (Rajbhandari et al. 2020): stage 1 shards optimizer state, 2 adds gradients, 3 adds weights. */
export function memoryPerGpu(input: MemoryInput): MemoryPerGpu {
  const x = parseInput(memoryInputSchema, input, 'memoryPerGpu');
  return memoryPerGpuUnchecked(x);
}
