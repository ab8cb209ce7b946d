/**
 * Mixture-of-experts with expert parallelism (EP). Compute follows the active parameters; weights,
 * gradients and optimizer state follow the parameters a GPU holds: the shared (dense) part split over
 * tp·pp, the experts split over ep as well. Each MoE layer sends every token to its top-k experts and
 * back: two all-to-alls forward (dispatch, combine) and two backward. EP groups are carved out of the
 * data-parallel ranks of one site, placed in one scale-up domain whenever tp·ep fits there (what
 * NVIDIA's GB200 recipes do with EP 64 in an NVL72 rack); otherwise the all-to-all rides the NICs.
 */
import type { z } from 'zod';
import { requireThat } from './errors';
import type { GpuSpec } from './gpu';
import type { moeSchema } from './moe-schema';
import { PARAMS } from './params';
import type { Transformer } from './transformer';

export type MoeInput = z.input<typeof moeSchema>;
export type Moe = z.output<typeof moeSchema>;

/**
 * Expert parameters X from total P, active A, E experts and top-k: P = D + X and A = D + k·X/E, so
 * X = (P − A)/(1 − k/E). The shared part D (attention, embeddings, shared experts) is what is left.
 */
export function expertParams(model: Transformer, moe: Moe): number {
  const active = Math.min(model.activeParams ?? model.params, model.params);
  return Math.min(model.params, Math.max(0, (model.params - active) / (1 - moe.activeExperts / moe.experts)));
}

/** Parameters one GPU holds: everything over tp·pp, and the experts over ep too. */
export function paramsHeldPerGpu(model: Transformer, moe: Moe | undefined, tp: number, pp: number): number {
  if (!moe || moe.ep <= 1) return model.params / (tp * pp);
  const experts = expertParams(model, moe);
  return (model.params - experts + experts / moe.ep) / (tp * pp);
}

export interface ExpertAllToAll {
  /** One all-to-all (dispatch or combine) through one MoE layer. */
  timeS: number;
  /** Bytes each GPU sends (and receives) in it. */
  bytesPerGpu: number;
  inScaleUpDomain: boolean;
}

/** One all-to-all of `tokensPerGpu` tokens: each goes to k experts, (ep − 1)/ep of them on other ranks. */
export function expertAllToAll(
  moe: Moe | undefined,
  tokensPerGpu: number,
  hidden: number,
  tp: number,
  spec: GpuSpec,
): ExpertAllToAll {
  if (!moe || moe.ep <= 1) return { timeS: 0, bytesPerGpu: 0, inScaleUpDomain: true };
  const inScaleUpDomain = tp * moe.ep <= spec.scaleUpDomain;
  const linkBytesPerS = inScaleUpDomain ? spec.scaleUpBytesPerS : spec.scaleOutBytesPerS;
  const latencyS = inScaleUpDomain ? PARAMS.scaleUpLatencyS : PARAMS.scaleOutLatencyS;
  const bytesPerGpu = (tokensPerGpu * moe.activeExperts * hidden * PARAMS.weightBytesPerParam * (moe.ep - 1)) / moe.ep;
  return {
    timeS: latencyS + bytesPerGpu / (linkBytesPerS * PARAMS.collectiveBusEfficiency),
    bytesPerGpu,
    inScaleUpDomain,
  };
}

/** Exposed all-to-all time a chunk of `layers` MoE layers adds to its forward (and again to its backward). */
export function expertAllToAllPerChunkS(
  moe: Moe | undefined,
  microBatchTokens: number,
  model: Transformer,
  tp: number,
  layers: number,
  spec: GpuSpec,
): number {
  // Sequence parallelism splits a micro-batch's tokens over the TP ranks before dispatch.
  const one = expertAllToAll(moe, microBatchTokens / tp, model.hidden, tp, spec);
  return 2 * one.timeS * layers * (1 - PARAMS.expertAllToAllOverlap);
}

/** EP ranks are data-parallel ranks of one site. */
export function checkExpertLayout(moe: Moe | undefined, dpPerSite: number, where: string): void {
  if (!moe) return;
  requireThat(
    dpPerSite % moe.ep === 0,
    where,
    'moe.ep',
    moe.ep,
    `a divisor of the data-parallel ranks per site (${dpPerSite})`,
  );
}
