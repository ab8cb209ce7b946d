/**
 * Low-communication schedules across sites: synchronous data parallel (sync every step), local SGD /
 * DiLoCo (sync every H inner steps; Douillard et al. 2023) and streaming DiLoCo (fragments synced in
 * turn, each overlapped with tau inner steps; Douillard et al. 2025). Only the WAN is modelled, as in
 * the papers' own simulator: the exchange is a hierarchical all-reduce of the (outer) gradient.
 */
import { z } from 'zod';
import { bounded, boundedInt, parseInput } from './schemas';

export const lowCommSchema = z.object({
  method: z.enum(['data-parallel', 'local-sgd', 'diloco', 'streaming-diloco']),
  /** Parameters exchanged (MoE: all of them, not just the active ones). */
  params: bounded(1e6, 1e15),
  /** 2 for bf16, 1 for int8, 0.5 for FP4. */
  bytesPerValue: bounded(0.125, 8).default(2),
  sites: boundedInt(2, 64).default(2),
  innerStepS: bounded(1e-4, 1e5),
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
  const bytesPerSync = (2 * (k - 1) * x.params * x.bytesPerValue) / k;
  const exchangeBytes = bytesPerSync / fragments;
  const latencyS = 2 * (k - 1) * x.wanLatencyS;
  const exchangeS = latencyS + exchangeBytes / x.wanBandwidthBytesPerS;
  const exposedPerExchangeS = Math.max(0, exchangeS - overlapS);
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
