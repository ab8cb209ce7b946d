/**
 * Memory per GPU under every sharding option, with and without activation recomputation; the
 * smallest tensor × pipeline split whose GPUs hold it in HBM; and the exchanges a split creates, in
 * bytes per GPU per step. The memory is memoryPerGpuUnchecked (transformer.ts), the one model the
 * step simulation also uses; the exchange sizes are step-config's (activation hand-offs, gradient
 * buckets, ZeRO-3 gathers per chunk), counted per step instead of timed.
 */
import type { z } from 'zod';
import { gpuSpec } from './gpu';
import type { memorySplitSchema } from './memory-split-checked';
import { expertAllToAll, paramsHeldPerGpu } from './moe';
import { PARAMS } from './params';
import { type MemoryPerGpu, memoryPerGpuUnchecked, type Sharding } from './transformer';

export type MemorySplitInput = z.input<typeof memorySplitSchema>;
export type MemorySplitConfig = z.output<typeof memorySplitSchema>;

export const SHARDINGS = ['none', 'zero1', 'zero2', 'zero3'] as const satisfies readonly Sharding[];

export interface MemoryOption {
  sharding: Sharding;
  recompute: boolean;
  memory: MemoryPerGpu;
  fits: boolean;
}

export interface SplitFit {
  tp: number;
  pp: number;
  memory: MemoryPerGpu;
}

export type SplitKind = 'tensor' | 'pipeline' | 'data' | 'expert';

export interface SplitExchange {
  split: SplitKind;
  collective: 'all-reduce' | 'send' | 'reduce-scatter' | 'all-gather' | 'all-to-all';
  /** What travels, in words. */
  payload: string;
  /** How many times per step each GPU of the split takes part. */
  perStep: number;
  /** Bytes one GPU sends in one of them. */
  bytesPerGpuEach: number;
  bytesPerGpuPerStep: number;
  /** The scale-up domain (NVLink) or the scale-out network (NICs). */
  network: 'scale-up' | 'scale-out';
}

export interface MemorySplitResult {
  hbmBytes: number;
  microBatches: number;
  /** The chosen layout's memory under none / ZeRO-1 / 2 / 3, each without and with recomputation. */
  options: MemoryOption[];
  /** The chosen option's memory. */
  chosen: MemoryOption;
  /** For each option (same order), the fewest GPUs per model copy (tp·pp) that hold it, or null. */
  smallest: (SplitFit | null)[];
  /** The exchanges of the chosen layout and option. */
  exchanges: SplitExchange[];
  exchangedBytesPerGpuPerStep: number;
}

/** Micro-batches each replica runs per step: the global batch over the replicas, in micro-batches. */
export function microBatchesPerStep(x: MemorySplitConfig): number {
  const sequencesPerReplica = x.model.globalBatchTokens / x.model.seqLen / x.dataParallel;
  return Math.max(1, Math.ceil(sequencesPerReplica / x.microBatchSequences));
}

/** Interleaving keeps at least one layer per chunk. */
const interleaveFor = (x: MemorySplitConfig, pp: number) =>
  pp > 1 ? Math.max(1, Math.min(x.interleave, Math.floor(x.model.layers / pp))) : 1;

function memoryAt(x: MemorySplitConfig, tp: number, pp: number, sharding: Sharding, recompute: boolean) {
  return memoryPerGpuUnchecked({
    model: x.model,
    tp,
    pp,
    shardRanks: x.shardRanks,
    sharding,
    recompute,
    microBatchTokens: x.model.seqLen * x.microBatchSequences,
    microBatches: microBatchesPerStep(x),
    interleave: interleaveFor(x, pp),
    ...(x.moe ? { moe: x.moe } : {}),
  });
}

export function memoryOptionsUnchecked(x: MemorySplitConfig): MemoryOption[] {
  const hbm = gpuSpec(x.gpu).hbmBytes;
  return [false, true].flatMap((recompute) =>
    SHARDINGS.map((sharding) => {
      const memory = memoryAt(x, x.tp, x.pp, sharding, recompute);
      return { sharding, recompute, memory, fits: memory.totalBytes <= hbm };
    }),
  );
}

/** Pipeline depths practitioners use (layout-choice.ts): even splits of the layers, or powers of two. */
const usualDepth = (pp: number, layers: number) => layers % pp === 0 || (pp & (pp - 1)) === 0;

/**
 * The fewest GPUs per model copy (tp·pp) whose memory fits the HBM: tensor parallelism in powers of
 * two inside the scale-up domain (it needs that bandwidth on every layer), pipeline stages up to one
 * layer each. Ties go to the shallower pipeline (a smaller bubble).
 */
export function smallestFittingSplitUnchecked(
  x: MemorySplitConfig,
  sharding: Sharding,
  recompute: boolean,
): SplitFit | null {
  const spec = gpuSpec(x.gpu);
  const hbm = spec.hbmBytes;
  const maxTp = Math.max(1, spec.scaleUpDomain);
  let best: SplitFit | null = null;
  for (let tp = 1; tp <= maxTp; tp *= 2) {
    if (x.model.hidden % tp !== 0) continue;
    for (let pp = 1; pp <= x.model.layers; pp++) {
      if (best && tp * pp >= best.tp * best.pp) break;
      if (!usualDepth(pp, x.model.layers)) continue;
      const memory = memoryAt(x, tp, pp, sharding, recompute);
      if (memory.totalBytes <= hbm) {
        best = { tp, pp, memory };
        break;
      }
    }
  }
  return best;
}

export function splitExchangesUnchecked(x: MemorySplitConfig): SplitExchange[] {
  const spec = gpuSpec(x.gpu);
  const { tp, pp, model } = x;
  const v = interleaveFor(x, pp);
  const m = microBatchesPerStep(x);
  const seqTokens = model.seqLen * x.microBatchSequences;
  const actBytes = seqTokens * model.hidden * PARAMS.weightBytesPerParam;
  const layersPerStage = model.layers / pp;
  const out: SplitExchange[] = [];
  const add = (e: Omit<SplitExchange, 'bytesPerGpuPerStep'>) =>
    out.push({ ...e, bytesPerGpuPerStep: e.perStep * e.bytesPerGpuEach });

  if (tp > 1)
    // Megatron: 2 all-reduces forward and 2 backward per layer, 2 more when the forward is recomputed.
    add({
      split: 'tensor',
      collective: 'all-reduce',
      payload: 'partial activations of each layer',
      perStep: m * layersPerStage * (4 + (x.recompute ? 2 : 0)),
      bytesPerGpuEach: (2 * (tp - 1) * actBytes) / tp,
      network: tp <= spec.scaleUpDomain ? 'scale-up' : 'scale-out',
    });
  if (pp > 1)
    // Activations forward and their gradients back at each stage boundary, once per chunk.
    add({
      split: 'pipeline',
      collective: 'send',
      payload: 'activations forward, their gradients back',
      perStep: 2 * m * v,
      bytesPerGpuEach: actBytes / tp,
      network: 'scale-out',
    });
  const n = x.shardRanks;
  const params = paramsHeldPerGpu(model, x.moe, tp, pp);
  const share = (n - 1) / n;
  const gradBytes = params * PARAMS.gradWireBytesPerValue;
  const weightBytes = params * PARAMS.weightBytesPerParam;
  const network = tp * n <= spec.scaleUpDomain ? 'scale-up' : 'scale-out';
  if (n > 1) {
    if (x.sharding === 'none')
      add({
        split: 'data',
        collective: 'all-reduce',
        payload: 'gradients',
        perStep: 1,
        bytesPerGpuEach: 2 * share * gradBytes,
        network,
      });
    else
      add({
        split: 'data',
        collective: 'reduce-scatter',
        payload: 'gradients, each rank keeping its shard',
        perStep: 1,
        bytesPerGpuEach: share * gradBytes,
        network,
      });
    if (x.sharding === 'zero1' || x.sharding === 'zero2')
      add({
        split: 'data',
        collective: 'all-gather',
        payload: 'updated bf16 weights',
        perStep: 1,
        bytesPerGpuEach: share * weightBytes,
        network,
      });
    if (x.sharding === 'zero3')
      // Weights are gathered before each chunk's forward and again before its backward.
      add({
        split: 'data',
        collective: 'all-gather',
        payload: 'bf16 weights, before every forward and backward',
        perStep: 2 * m * v,
        bytesPerGpuEach: (share * weightBytes) / v,
        network,
      });
  }
  if (x.moe && x.moe.ep > 1) {
    const one = expertAllToAll(x.moe, seqTokens / tp, model.hidden, tp, spec);
    add({
      split: 'expert',
      collective: 'all-to-all',
      payload: 'tokens to their experts and back',
      perStep: m * layersPerStage * (4 + (x.recompute ? 2 : 0)),
      bytesPerGpuEach: one.bytesPerGpu,
      network: one.inScaleUpDomain ? 'scale-up' : 'scale-out',
    });
  }
  return out;
}

export function memorySplitUnchecked(x: MemorySplitConfig): MemorySplitResult {
  const options = memoryOptionsUnchecked(x);
  const chosen = options.find((o) => o.sharding === x.sharding && o.recompute === x.recompute);
  if (!chosen) throw new Error(`memorySplit: no option ${x.sharding}/${x.recompute}`);
  const exchanges = splitExchangesUnchecked(x);
  return {
    hbmBytes: gpuSpec(x.gpu).hbmBytes,
    microBatches: microBatchesPerStep(x),
    options,
    chosen,
    smallest: options.map((o) => smallestFittingSplitUnchecked(x, o.sharding, o.recompute)),
    exchanges,
    exchangedBytesPerGpuPerStep: exchanges.reduce((s, e) => s + e.bytesPerGpuPerStep, 0),
  };
}
