/**
 * Low-communication schedules across sites: synchronous data parallel (sync every step), local SGD /
 * DiLoCo (sync every H inner steps; Douillard et al. 2023) and streaming DiLoCo (fragments synced in
 * turn, each overlapped with tau inner steps; Douillard et al. 2025). Only the WAN is modelled, as in
 * the papers' own simulator: the exchange is a hierarchical all-reduce of the (outer) gradient.
 */
import { z } from 'zod';
import {
  LOW_COMM_DEFAULTS as D,
  LOW_COMM_METHODS,
  type LowCommCost,
  lowCommForStepUnchecked,
  lowCommScheduleUnchecked,
} from './low-comm';
import { bounded, boundedInt, parseInput } from './schemas';
import { parseStepConfig, type StepConfigInput } from './step-checked';
import { innerStepSecondsUnchecked } from './wan-sync';

export type { LowCommCost } from './low-comm';

export { type WanSyncInput, wanSyncBytesPerSite, wanSyncSeconds } from './wan-sync';

export const lowCommSchema = z.object({
  method: z.enum(LOW_COMM_METHODS),
  /** Parameters exchanged (MoE: all of them, not just the active ones). */
  params: bounded(1e6, 1e15),
  /** 2 for bf16, 1 for int8, 0.5 for FP4. */
  bytesPerValue: bounded(0.125, 8).default(D.bytesPerValue),
  sites: boundedInt(2, 64).default(2),
  /** One inner step of a site on its own, no cross-site exchange in it. */
  innerStepS: bounded(1e-4, 1e5),
  /**
   * Synchronous data parallel: the step with the exchange in it, as the step model gives it (which
   * overlaps the exchange with the backward pass). Without it the exchange is taken as fully exposed.
   */
  dataParallelStepS: bounded(1e-4, 1e9).optional(),
  innerStepsPerSync: boundedInt(1, 100_000).default(D.innerStepsPerSync),
  /** Streaming: how many fragments the model is split into. */
  fragments: boundedInt(1, 1000).default(D.fragments),
  /** Streaming: inner steps that overlap each fragment's exchange. */
  overlapSteps: bounded(0, 1000).default(D.overlapSteps),
  wanBandwidthBytesPerS: bounded(1, 1e18),
  wanLatencyS: bounded(0, 10).default(0),
  targetUtilisation: bounded(0.01, 0.999).default(D.targetUtilisation),
});
export type LowCommInput = z.input<typeof lowCommSchema>;

export function lowCommSchedule(input: LowCommInput): LowCommCost {
  return lowCommScheduleUnchecked(parseInput(lowCommSchema, input, 'lowCommSchedule'));
}

const lowCommForStepSchema = lowCommSchema.omit({
  innerStepS: true,
  dataParallelStepS: true,
  params: true,
  sites: true,
  wanLatencyS: true,
});
export type LowCommForStepInput = z.input<typeof lowCommForStepSchema>;

/**
 * One model of the step for every method: the inner step is a site running its own replicas alone
 * (no cross-site sync), and synchronous data parallel is the full step with the WAN in it, both from
 * the step simulation, so the comparison in "Talking less" is like for like.
 */
export function lowCommForStep(step: StepConfigInput, o: LowCommForStepInput): LowCommCost {
  parseStepConfig(step, 'lowCommForStep');
  return lowCommForStepUnchecked(step, parseInput(lowCommForStepSchema, o, 'lowCommForStep'));
}

/** One inner step: a site running its share of the replicas alone, with no cross-site sync in it. */
export function innerStepSeconds(step: StepConfigInput): number {
  parseStepConfig(step, 'innerStepSeconds');
  return innerStepSecondsUnchecked(step);
}
