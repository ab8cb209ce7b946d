/** The input schema of the memory-and-split model and its checked public function. */
import { z } from 'zod';
import { type MemorySplitInput, type MemorySplitResult, memorySplitUnchecked } from './memory-split';
import { moeSchema } from './moe-schema';
import { boundedInt, gpuIdSchema, parseInput, requireThat } from './schemas';
import { shardingSchema, transformerSchema } from './transformer-checked';

export const memorySplitSchema = z.object({
  model: transformerSchema,
  gpu: gpuIdSchema,
  tp: boundedInt(1, 1024),
  pp: boundedInt(1, 1024),
  /** Interleaved 1F1B: model chunks per GPU. */
  interleave: boundedInt(1, 64).default(1),
  /** Data-parallel ranks inside a site: what ZeRO shards over. */
  shardRanks: boundedInt(1, 10_000_000),
  /** Replicas in all, across the sites: they share the global batch. */
  dataParallel: boundedInt(1, 10_000_000),
  microBatchSequences: boundedInt(1, 1024).default(1),
  sharding: shardingSchema.default('zero1'),
  recompute: z.boolean().default(false),
  moe: moeSchema.optional(),
});

/** Memory per GPU by sharding option, the smallest split that fits, and the split's exchanges. */
export function memorySplit(input: MemorySplitInput): MemorySplitResult {
  const x = parseInput(memorySplitSchema, input, 'memorySplit');
  requireThat(x.pp <= x.model.layers, 'memorySplit', 'pp', x.pp, `at most the model's layers (${x.model.layers})`);
  return memorySplitUnchecked(x);
}
