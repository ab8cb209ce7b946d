/**
 * The low-communication schedules of diloco.ts without zod: the same cost, for inputs already bounded
 * at the edge (a widget's worker). diloco.ts parses and then calls these, so there is one schedule.
 */
import { wanExchangeSteps } from './collective-terms';
import { fiberLatencyMsUnchecked } from './geo';
import { PARAMS } from './params';
import { routeOf, type StepConfigInput, withStepDefaults } from './step-config';
import { simulateStepUnchecked } from './step-sim';
import { innerStepSecondsUnchecked, wanSyncBytesPerSite, wanSyncSeconds } from './wan-sync';

export const LOW_COMM_METHODS = ['data-parallel', 'local-sgd', 'diloco', 'streaming-diloco'] as const;
export type LowCommMethod = (typeof LOW_COMM_METHODS)[number];

/** What an omitted field of a schedule means (lowCommSchema's defaults). */
export const LOW_COMM_DEFAULTS = {
  bytesPerValue: 2,
  sites: 2,
  innerStepsPerSync: 100,
  fragments: 1,
  overlapSteps: 0,
  wanLatencyS: 0,
  targetUtilisation: 0.95,
} as const;

export interface LowCommParams {
  method: LowCommMethod;
  params: number;
  bytesPerValue: number;
  sites: number;
  innerStepS: number;
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

export function lowCommScheduleUnchecked(x: LowCommParams): LowCommCost {
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

/** The schedule's options a caller picks; the step gives the rest (lowCommForStep). */
export interface LowCommForStepOptions {
  method: LowCommMethod;
  wanBandwidthBytesPerS: number;
  bytesPerValue?: number | undefined;
  innerStepsPerSync?: number | undefined;
  fragments?: number | undefined;
  overlapSteps?: number | undefined;
  targetUtilisation?: number | undefined;
}

/**
 * The schedule's input from one model of the step: the inner step is a site running its own replicas
 * alone (no cross-site sync), and synchronous data parallel is the full step with the WAN in it, both
 * from the step simulation, so every method is compared like for like. Unparsed: callers check `step`.
 */
export function lowCommInputForStep(step: StepConfigInput, o: LowCommForStepOptions) {
  const c = withStepDefaults(step);
  const innerStepS = innerStepSecondsUnchecked(step);
  const wan = { ...c.wan, bandwidthBytesPerS: o.wanBandwidthBytesPerS };
  const dataParallelStepS = simulateStepUnchecked({ ...step, crossing: 'data-parallel', wan }).summary.stepTimeS;
  return {
    ...o,
    ...(o.method === 'data-parallel' ? { bytesPerValue: c.gradWireBytesPerValue ?? PARAMS.gradWireBytesPerValue } : {}),
    params: c.model.params,
    sites: Math.max(2, c.sites),
    innerStepS,
    dataParallelStepS,
    wanLatencyS: fiberLatencyMsUnchecked(c.wan.distanceKm, routeOf(c.wan).routeFactor) / 1000,
  };
}

/** lowCommForStep (diloco.ts) without parsing: `step` and `o` bounded at the edge. */
export function lowCommForStepUnchecked(step: StepConfigInput, o: LowCommForStepOptions): LowCommCost {
  const input = lowCommInputForStep(step, o);
  const d = LOW_COMM_DEFAULTS;
  return lowCommScheduleUnchecked({
    method: input.method,
    params: input.params,
    bytesPerValue: input.bytesPerValue ?? d.bytesPerValue,
    sites: input.sites,
    innerStepS: input.innerStepS,
    dataParallelStepS: input.dataParallelStepS,
    innerStepsPerSync: input.innerStepsPerSync ?? d.innerStepsPerSync,
    fragments: input.fragments ?? d.fragments,
    overlapSteps: input.overlapSteps ?? d.overlapSteps,
    wanBandwidthBytesPerS: input.wanBandwidthBytesPerS,
    wanLatencyS: input.wanLatencyS,
    targetUtilisation: input.targetUtilisation ?? d.targetUtilisation,
  });
}
