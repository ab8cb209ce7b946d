/**
 * The low-communication schedules without zod (diloco.ts parses, then runs these): what each schedule
 * sends over the WAN, the compute utilisation it keeps, and the bandwidth it needs for a target
 * utilisation. Every exchange costs wanSyncSeconds, the training demo's sync cost too.
 */
import { logBandwidthBisection, MIN_WAN_BYTES_PER_S, UNLIMITED_WAN_BYTES_PER_S } from './bandwidth-solver';
import { wanExchangeSteps } from './collective-terms';
import { fiberLatencyMsUnchecked } from './geo';
import { PARAMS } from './params';
import { type StepConfigInput, withStepDefaults } from './step-config';
import { simulateStepUnchecked } from './step-sim';
import { innerStepSecondsUnchecked, wanSyncBytesPerSite, wanSyncSeconds } from './wan-sync';

export const LOW_COMM_METHODS = ['data-parallel', 'local-sgd', 'diloco', 'streaming-diloco'] as const;
export type LowCommMethod = (typeof LOW_COMM_METHODS)[number];

export interface LowCommParams {
  method: LowCommMethod;
  /** Parameters exchanged (MoE: all of them, not just the active ones). */
  params: number;
  bytesPerValue: number;
  sites: number;
  /** One inner step of a site on its own, no cross-site exchange in it. */
  innerStepS: number;
  /** Synchronous data parallel: the step with the exchange in it, from the step model (which overlaps it). */
  dataParallelStepS?: number | undefined;
  innerStepsPerSync: number;
  fragments: number;
  overlapSteps: number;
  wanBandwidthBytesPerS: number;
  wanLatencyS: number;
  targetUtilisation: number;
}

export interface LowCommCost {
  innerStepsPerSync: number;
  /** Bytes each site sends per synchronisation of the whole model, per direction. */
  bytesPerSync: number;
  wanBytesPerHour: number;
  averageBandwidthBytesPerS: number;
  /** Bandwidth while a (fragment) exchange is running flat out. */
  peakBytesPerExchange: number;
  /** Exposed communication per inner step, as a fraction of the inner step's compute. */
  stepOverhead: number;
  computeUtilisation: number;
  /** Bandwidth for `targetUtilisation`; null when latency alone already exceeds the budget. */
  requiredBandwidthBytesPerS: number | null;
}

/** How the schedule is laid out: syncs every h inner steps, in `fragments` pieces, each overlapped. */
function shape(x: LowCommParams) {
  const h = x.method === 'data-parallel' ? 1 : x.innerStepsPerSync;
  const fragments = x.method === 'streaming-diloco' ? x.fragments : 1;
  const overlapS = x.method === 'streaming-diloco' ? x.overlapSteps * x.innerStepS : 0;
  return { h, fragments, overlapS, computeS: h * x.innerStepS };
}

/**
 * The exchange fully exposed but for the overlap: one fragment's bytes must cross in what is left of
 * the utilisation budget after the ring's one-way delays, so the answer is closed form.
 */
export function exposedBandwidthForUtilisation(x: Omit<LowCommParams, 'wanBandwidthBytesPerS'>): number | null {
  const { fragments, overlapS, computeS } = shape({ ...x, wanBandwidthBytesPerS: 1 });
  const exchangeBytes = wanSyncBytesPerSite(x.sites, x.params * x.bytesPerValue) / fragments;
  const budgetS = (computeS * (1 / x.targetUtilisation - 1)) / fragments + overlapS;
  const transferBudgetS = budgetS - wanExchangeSteps(x.sites) * x.wanLatencyS;
  return transferBudgetS > 0 ? exchangeBytes / transferBudgetS : null;
}

export function lowCommScheduleUnchecked(x: LowCommParams): LowCommCost {
  const { h, fragments, overlapS, computeS } = shape(x);
  const k = x.sites;
  const bytesPerSync = wanSyncBytesPerSite(k, x.params * x.bytesPerValue);
  const exchangeS = wanSyncSeconds({
    sites: k,
    payloadBytes: (x.params * x.bytesPerValue) / fragments,
    wanBandwidthBytesPerS: x.wanBandwidthBytesPerS,
    wanLatencyS: x.wanLatencyS,
  });
  const exposedPerExchangeS =
    x.method === 'data-parallel' && x.dataParallelStepS !== undefined
      ? Math.max(0, x.dataParallelStepS - x.innerStepS)
      : Math.max(0, exchangeS - overlapS);
  // Over H inner steps every fragment is exchanged once.
  const exposedS = fragments * exposedPerExchangeS;
  const wallS = computeS + exposedS;
  return {
    innerStepsPerSync: h,
    bytesPerSync,
    wanBytesPerHour: (bytesPerSync * 3600) / wallS,
    averageBandwidthBytesPerS: bytesPerSync / wallS,
    peakBytesPerExchange: bytesPerSync / fragments,
    stepOverhead: exposedS / computeS,
    computeUtilisation: computeS / wallS,
    requiredBandwidthBytesPerS: exposedBandwidthForUtilisation(x),
  };
}

/** What lowCommForStep takes beside the step: the schedule, the link, and optionally more sites. */
export interface LowCommStepOptions {
  method: LowCommMethod;
  wanBandwidthBytesPerS: number;
  bytesPerValue?: number;
  innerStepsPerSync?: number;
  fragments?: number;
  overlapSteps?: number;
  targetUtilisation?: number;
}

export const LOW_COMM_DEFAULTS = {
  bytesPerValue: 2,
  innerStepsPerSync: 100,
  fragments: 1,
  overlapSteps: 0,
  targetUtilisation: 0.95,
} as const;

/**
 * `sites` sites, each running the step's own site unchanged (its replicas, its share of the batch):
 * the inner step stays the same and only the exchange grows with the sites.
 */
export function withSitesLikeTheFirst(step: StepConfigInput, sites: number): StepConfigInput {
  const c = withStepDefaults(step);
  if (sites === c.sites) return step;
  const dpPerSite = c.layout.dp / c.sites;
  const gpusPerSite = c.gpus / c.sites;
  return {
    ...step,
    sites,
    gpus: gpusPerSite * sites,
    layout: { ...c.layout, dp: dpPerSite * sites },
    model: { ...c.model, globalBatchTokens: (c.model.globalBatchTokens / c.sites) * sites },
  };
}

/** Synchronous data parallel's step at this bandwidth: the step model, which overlaps the exchange. */
export function dataParallelStepAt(step: StepConfigInput, bandwidthBytesPerS: number): number {
  const c = withStepDefaults(step);
  return simulateStepUnchecked({ ...step, crossing: 'data-parallel', wan: { ...c.wan, bandwidthBytesPerS } }).summary
    .stepTimeS;
}

/**
 * The schedule's inputs read off one model of the step, so every method is compared like for like.
 * Without a bandwidth, data parallel's step is not simulated (the solvers vary the bandwidth themselves).
 */
export function lowCommParamsForStep(
  step: StepConfigInput,
  o: Omit<LowCommStepOptions, 'wanBandwidthBytesPerS'> & { wanBandwidthBytesPerS?: number },
  innerStepS = innerStepSecondsUnchecked(step),
): LowCommParams {
  const c = withStepDefaults(step);
  const d = LOW_COMM_DEFAULTS;
  const dp = o.method === 'data-parallel';
  return {
    method: o.method,
    params: c.model.params,
    bytesPerValue: dp
      ? (c.gradWireBytesPerValue ?? PARAMS.gradWireBytesPerValue)
      : (o.bytesPerValue ?? d.bytesPerValue),
    sites: Math.max(2, c.sites),
    innerStepS,
    dataParallelStepS:
      dp && o.wanBandwidthBytesPerS !== undefined ? dataParallelStepAt(step, o.wanBandwidthBytesPerS) : undefined,
    innerStepsPerSync: o.innerStepsPerSync ?? d.innerStepsPerSync,
    fragments: o.fragments ?? d.fragments,
    overlapSteps: o.overlapSteps ?? d.overlapSteps,
    wanBandwidthBytesPerS: o.wanBandwidthBytesPerS ?? UNLIMITED_WAN_BYTES_PER_S,
    wanLatencyS: fiberLatencyMsUnchecked(c.wan.distanceKm, c.wan.routeFactor) / 1000,
    targetUtilisation: o.targetUtilisation ?? d.targetUtilisation,
  };
}

/**
 * Bandwidth per direction for compute utilisation `target` under the schedule. Synchronous data
 * parallel overlaps its exchange with the backward pass in the step model, so it is solved by
 * bisection on simulateStep, bracketed by the fully exposed closed form (overlap only ever needs
 * less); the other schedules own their exchange and are closed form.
 */
export function bandwidthForUtilisationUnchecked(
  step: StepConfigInput,
  o: Omit<LowCommStepOptions, 'wanBandwidthBytesPerS' | 'targetUtilisation'>,
  target: number,
  opts: {
    innerStepS?: number;
    /** Data parallel: bandwidths known to miss and to meet the target (a swept curve), to bisect between. */
    bracketBytesPerS?: readonly [number, number];
  } = {},
): number | null {
  const innerStepS = opts.innerStepS ?? innerStepSecondsUnchecked(step);
  const x = { ...lowCommParamsForStep(step, o, innerStepS), targetUtilisation: target };
  if (o.method !== 'data-parallel') return exposedBandwidthForUtilisation(x);
  const meets = (bw: number) => x.innerStepS / Math.max(x.innerStepS, dataParallelStepAt(step, bw)) >= target;
  if (opts.bracketBytesPerS) return logBandwidthBisection(meets, ...opts.bracketBytesPerS, 10);
  if (!meets(UNLIMITED_WAN_BYTES_PER_S)) return null;
  const exposed = exposedBandwidthForUtilisation(x);
  const hi = Math.min(UNLIMITED_WAN_BYTES_PER_S, exposed ?? UNLIMITED_WAN_BYTES_PER_S);
  const lo = Math.max(MIN_WAN_BYTES_PER_S, hi / 1e4);
  if (meets(lo)) return lo === MIN_WAN_BYTES_PER_S ? lo : logBandwidthBisection(meets, MIN_WAN_BYTES_PER_S, lo, 20);
  return logBandwidthBisection(meets, lo, meets(hi) ? hi : UNLIMITED_WAN_BYTES_PER_S, 16);
}

export function lowCommForStepUnchecked(step: StepConfigInput, o: LowCommStepOptions): LowCommCost {
  const innerStepS = innerStepSecondsUnchecked(step);
  const x = lowCommParamsForStep(step, o, innerStepS);
  const cost = lowCommScheduleUnchecked(x);
  if (o.method !== 'data-parallel') return cost;
  return {
    ...cost,
    requiredBandwidthBytesPerS: bandwidthForUtilisationUnchecked(step, o, x.targetUtilisation, { innerStepS }),
  };
}

/**
 * How many times fewer bytes a schedule sends than synchronous data parallel at the same number of
 * inner steps: the ratio of each one's bytes per inner step, from the schedule itself.
 */
export function communicationReductionUnchecked(x: {
  sites: number;
  innerStepsPerSync: number;
  /** Both omitted: the same precision on both sides, which cancels. */
  bitsPerValue?: number;
  baselineBitsPerValue?: number;
}): number {
  const bits = x.bitsPerValue ?? LOW_COMM_DEFAULTS.bytesPerValue * 8;
  const baselineBits = x.baselineBitsPerValue ?? bits;
  const common = { ...LOW_COMM_DEFAULTS, params: 1e9, sites: x.sites, innerStepS: 1, wanLatencyS: 0 };
  const perInnerStep = (c: LowCommCost) => c.bytesPerSync / c.innerStepsPerSync;
  const schedule = lowCommScheduleUnchecked({
    ...common,
    method: 'diloco',
    bytesPerValue: bits / 8,
    innerStepsPerSync: x.innerStepsPerSync,
    wanBandwidthBytesPerS: UNLIMITED_WAN_BYTES_PER_S,
  });
  const baseline = lowCommScheduleUnchecked({
    ...common,
    method: 'data-parallel',
    bytesPerValue: baselineBits / 8,
    wanBandwidthBytesPerS: UNLIMITED_WAN_BYTES_PER_S,
  });
  return perInnerStep(baseline) / perInnerStep(schedule);
}
