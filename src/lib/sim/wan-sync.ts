/** One synchronisation over the WAN, and one site's inner step: the clock of the low-communication schedules, without zod. */
import { wanExchangeSteps } from './collective-terms';
import { type StepConfigInput, withStepDefaults } from './step-config';
import { simulateStepUnchecked } from './step-sim';

/** Bytes each of K sites sends (and receives) to all-reduce `payloadBytes` across the sites: 2(K-1)/K · S. */
export function wanSyncBytesPerSite(sites: number, payloadBytes: number): number {
  return sites <= 1 ? 0 : (2 * (sites - 1) * payloadBytes) / sites;
}

export interface WanSyncInput {
  sites: number;
  /** What is averaged: the gradient, the weights or a fragment of the outer gradient, in bytes. */
  payloadBytes: number;
  wanBandwidthBytesPerS: number;
  /** One-way delay between neighbouring sites. */
  wanLatencyS: number;
}

/**
 * Seconds one synchronisation across the sites takes over the WAN: the exchange's sequential one-way
 * delays plus its bytes at the link's rate. The one sync cost of the low-communication schedules, the
 * "Talking less" widget and the training demo (src/lib/train/), so they cannot disagree.
 */
export function wanSyncSeconds(x: WanSyncInput): number {
  if (x.sites <= 1) return 0;
  return (
    wanExchangeSteps(x.sites) * x.wanLatencyS + wanSyncBytesPerSite(x.sites, x.payloadBytes) / x.wanBandwidthBytesPerS
  );
}

/** innerStepSeconds (diloco.ts) without parsing, for the training demo's worker (inputs bounded at the edge). */
export function innerStepSecondsUnchecked(step: StepConfigInput): number {
  const c = withStepDefaults(step);
  const k = c.sites;
  return simulateStepUnchecked({
    ...step,
    model: { ...c.model, globalBatchTokens: c.model.globalBatchTokens / k },
    gpus: c.gpus / k,
    layout: { ...c.layout, dp: c.layout.dp / k },
    sites: 1,
    crossing: 'data-parallel',
    wan: { ...c.wan, distanceKm: 0 },
  }).summary.stepTimeS;
}
