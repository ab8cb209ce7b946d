/**
 * Low-communication schedules across sites: synchronous data parallel (sync every step), local SGD /
 * DiLoCo (sync every H inner steps; Douillard et al. 2023) and streaming DiLoCo (fragments synced in
 * turn, each overlapped with tau inner steps; Douillard et al. 2025). Only the WAN is modelled, as in
 * the papers' own simulator: the exchange is a hierarchical all-reduce of the (outer) gradient.
 */
import { z } from 'zod';
import { wanExchangeSteps } from './collective-terms';
import { fiberLatencyMs } from './geo-checked';
import { PARAMS } from './params';
import { bounded, boundedInt, parseInput } from './schemas';
import { parseStepConfig, type StepConfigInput, simulateStep } from './step-checked';
import { routeOf } from './step-config';
import { innerStepSecondsUnchecked, wanSyncBytesPerSite, wanSyncSeconds } from './wan-sync';

export { type WanSyncInput, wanSyncBytesPerSite, wanSyncSeconds } from './wan-sync';

export const lowCommSchema = z.object({
  method: z.enum(['data-parallel', 'local-sgd', 'diloco', 'streaming-diloco']),
  /** Parameters exchanged (MoE: all of them, not just the active ones). */
  params: bounded(1e6, 1e15),
  /** 2 for bf16, 1 for int8, 0.5 for FP4. */
  bytesPerValue: bounded(0.125, 8).default(2),
  sites: boundedInt(2, 64).default(2),
  /** One inner step of a site on its own, no cross-site exchange in it. */
  innerStepS: bounded(1e-4, 1e5),
  /**
   * Synchronous data parallel: the step with the exchange in it, as the step model gives it (which
   * overlaps the exchange with the backward pass). Without it the exchange is taken as fully exposed.
   */
  dataParallelStepS: bounded(1e-4, 1e9).optional(),
  innerStepsPerSync: boundedInt(1, 100_000).default(100),
  /** Streaming: how many fragments the model is split into. */
  fragments: boundedInt(1, 1000).default(1),
  /** Streaming: inner steps that overlap each fragment's exchange. */
  overlapSteps: bounded(0, 1000).default(0),
  wanBandwidthBytesPerS: bounded(1, 1e18),
  wanLatencyS: bounded(0, 10).default(0),
  targetUtilisation: bounded(0.01, 0.999).default(0.95),
});
export type LowCommInput = z.input<typeof lowCommSchema>;

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

export function lowCommSchedule(input: LowCommInput): LowCommCost {
  const x = parseInput(lowCommSchema, input, 'lowCommSchedule');
  const h = x.method === 'data-parallel' ? 1 : x.innerStepsPerSync;
  const fragments = x.method === 'streaming-diloco' ? x.fragments : 1;
  const overlapS = x.method === 'streaming-diloco' ? x.overlapSteps * x.innerStepS : 0;
  const k = x.sites;
  const bytesPerSync = wanSyncBytesPerSite(k, x.params * x.bytesPerValue);
  const exchangeBytes = bytesPerSync / fragments;
  const latencyS = wanExchangeSteps(k) * x.wanLatencyS;
  const exchangeS = wanSyncSeconds({
    sites: k,
    payloadBytes: (x.params * x.bytesPerValue) / fragments,
    wanBandwidthBytesPerS: x.wanBandwidthBytesPerS,
    wanLatencyS: x.wanLatencyS,
  });
  const stepModel = x.method === 'data-parallel' && x.dataParallelStepS !== undefined;
  const exposedPerExchangeS = stepModel
    ? Math.max(0, (x.dataParallelStepS as number) - x.innerStepS)
    : Math.max(0, exchangeS - overlapS);
  // Over H inner steps every fragment is exchanged once.
  const computeS = h * x.innerStepS;
  const exposedS = fragments * exposedPerExchangeS;
  const stepOverhead = exposedS / computeS;
  const wallS = computeS + exposedS;
  const budgetS = (computeS * (1 / x.targetUtilisation - 1)) / fragments + overlapS;
  const transferBudgetS = budgetS - latencyS;
  return {
    innerStepsPerSync: h,
    bytesPerSync,
    wanBytesPerHour: (bytesPerSync * 3600) / wallS,
    averageBandwidthBytesPerS: bytesPerSync / wallS,
    peakBytesPerExchange: exchangeBytes,
    stepOverhead,
    computeUtilisation: computeS / wallS,
    requiredBandwidthBytesPerS: transferBudgetS > 0 ? exchangeBytes / transferBudgetS : null,
  };
}

export type LowCommForStepInput = Omit<
  LowCommInput,
  'innerStepS' | 'dataParallelStepS' | 'params' | 'sites' | 'wanLatencyS'
>;

/**
 * One model of the step for every method: the inner step is a site running its own replicas alone
 * (no cross-site sync), and synchronous data parallel is the full step with the WAN in it, both from
 * simulateStep, so the comparison in "Talking less" is like for like.
 */
export function lowCommForStep(step: StepConfigInput, o: LowCommForStepInput): LowCommCost {
  const c = parseStepConfig(step, 'lowCommForStep');
  const k = c.sites;
  const innerStepS = innerStepSeconds(step);
  const wan = { ...c.wan, bandwidthBytesPerS: o.wanBandwidthBytesPerS };
  const dataParallelStepS = simulateStep({ ...step, crossing: 'data-parallel', wan }).summary.stepTimeS;
  return lowCommSchedule({
    ...o,
    ...(o.method === 'data-parallel' ? { bytesPerValue: c.gradWireBytesPerValue ?? PARAMS.gradWireBytesPerValue } : {}),
    params: c.model.params,
    sites: Math.max(2, k),
    innerStepS,
    dataParallelStepS,
    wanLatencyS: fiberLatencyMs(c.wan.distanceKm, routeOf(c.wan)) / 1000,
  });
}

/** One inner step: a site running its share of the replicas alone, with no cross-site sync in it. */
export function innerStepSeconds(step: StepConfigInput): number {
  parseStepConfig(step, 'innerStepSeconds');
  return innerStepSecondsUnchecked(step);
}
