/**
 * The step config's schema and the engine's checked step functions: simulateStep, analyticStep,
 * bandwidthForMfuLoss and simulateScenario parse their input (SimInputError on bad input), then run the
 * zod-free core that the browser calls directly on inputs bounded at the edge.
 */
import { z } from 'zod';
import { type BandwidthNeed, bandwidthForMfuLossUnchecked } from './bandwidth-solver';
import { checkExpertLayout } from './moe';
import { moeSchema } from './moe-schema';
import { type ScenarioOverrides, scenarioConfig } from './scenario';
import { bounded, boundedInt, gpuIdSchema, parseInput, requireThat } from './schemas';
import { analyticCosts } from './step-analytic';
import { STEP_DEFAULTS, type StepSummary, stepCosts, WAN_BANDWIDTH_BYTES_PER_S } from './step-config';
import { type StepResult, simulateCosts } from './step-sim';
import { shardingSchema, transformerSchema } from './transformer-checked';

export const layoutSchema = z.object({
  tp: boundedInt(1, 1024),
  pp: boundedInt(1, 1024),
  dp: boundedInt(1, 10_000_000),
  /** Interleaved 1F1B: model chunks per GPU (Narayanan et al. 2021). */
  interleave: boundedInt(1, 64).default(STEP_DEFAULTS.interleave),
});
export type Layout = z.output<typeof layoutSchema>;

export const wanSchema = z.object({
  /** Great-circle distance between neighbouring sites. */
  distanceKm: bounded(0, 20_000).default(STEP_DEFAULTS.distanceKm),
  /** Omitted: links.json's default route factor, read when used (a schema default would be read once). */
  routeFactor: bounded(1, 3).optional(),
  /** WAN capacity at each site, per direction. */
  bandwidthBytesPerS: bounded(WAN_BANDWIDTH_BYTES_PER_S.min, WAN_BANDWIDTH_BYTES_PER_S.max).default(
    STEP_DEFAULTS.bandwidthBytesPerS,
  ),
});

export const stepConfigSchema = z.object({
  model: transformerSchema,
  gpu: gpuIdSchema,
  gpus: boundedInt(1, 100_000_000),
  layout: layoutSchema,
  microBatchSequences: boundedInt(1, 4096).default(STEP_DEFAULTS.microBatchSequences),
  sharding: shardingSchema.default(STEP_DEFAULTS.sharding),
  recompute: z.boolean().default(STEP_DEFAULTS.recompute),
  sites: boundedInt(1, 16).default(STEP_DEFAULTS.sites),
  /** What crosses the WAN: data-parallel replicas (hierarchical all-reduce) or a pipeline boundary. */
  crossing: z.enum(['data-parallel', 'pipeline']).default(STEP_DEFAULTS.crossing),
  wan: wanSchema.default({
    distanceKm: STEP_DEFAULTS.distanceKm,
    bandwidthBytesPerS: STEP_DEFAULTS.bandwidthBytesPerS,
  }),
  /** Gradient buckets per pipeline stage (model resolution of the overlap, not a byte size). */
  buckets: boundedInt(1, 64).default(STEP_DEFAULTS.buckets),
  /**
   * Scale-out bandwidth per GPU of the site's own system, per direction. A site that publishes its
   * network (Fairwater: 800 Gbit/s per GPU) overrides the hardware's reference NIC.
   */
  nicBytesPerS: bounded(1e6, 1e15).optional(),
  /** Bytes per gradient value in the data-parallel reduce (Llama 3 and Megatron: fp32). */
  /** Omitted: the model parameter, read when used. */
  gradWireBytesPerValue: bounded(0.125, 8).optional(),
  /** Overrides the generation's calibrated matmul efficiency (leave-one-out refits in calibration.ts). */
  matmulEfficiency: bounded(0.01, 1).optional(),
  /** Mixture-of-experts: experts, top-k and expert parallelism (moe.ts). */
  moe: moeSchema.optional(),
  /** Matmul precision: FP8 runs at its own, separately sourced efficiency; MFU stays against BF16 peak. */
  precision: z.enum(['bf16', 'fp8']).default(STEP_DEFAULTS.precision),
});
export type StepConfigInput = z.input<typeof stepConfigSchema>;
export type StepConfig = z.output<typeof stepConfigSchema>;

export function parseStepConfig(input: StepConfigInput, where: string): StepConfig {
  const c = parseInput(stepConfigSchema, input, where);
  const { tp, pp, dp } = c.layout;
  requireThat(tp * pp * dp === c.gpus, where, 'layout', `${tp}×${pp}×${dp}`, `tp·pp·dp equal to gpus (${c.gpus})`);
  if (c.crossing === 'data-parallel')
    requireThat(dp % c.sites === 0, where, 'layout.dp', dp, `a multiple of sites (${c.sites})`);
  else requireThat(pp % c.sites === 0, where, 'layout.pp', pp, `a multiple of sites (${c.sites})`);
  checkExpertLayout(c.moe, c.crossing === 'data-parallel' ? dp / c.sites : dp, where);
  requireThat(c.model.hidden % tp === 0, where, 'layout.tp', tp, `a divisor of model.hidden (${c.model.hidden})`);
  return c;
}

export function simulateStep(input: StepConfigInput): StepResult {
  return simulateCosts(stepCosts(parseStepConfig(input, 'simulateStep')));
}

export function analyticStep(input: StepConfigInput): StepSummary {
  return analyticCosts(stepCosts(parseStepConfig(input, 'analyticStep')));
}

/** See bandwidth-solver.ts; the config is parsed once, then every bisection step runs unchecked. */
export function bandwidthForMfuLoss(
  config: StepConfigInput,
  distanceKm: number,
  maxLossFraction: number,
  opts: { iterations?: number; referenceMfu?: number } = {},
): BandwidthNeed {
  return bandwidthForMfuLossUnchecked(
    parseStepConfig(config, 'bandwidthForMfuLoss'),
    distanceKm,
    maxLossFraction,
    opts,
  );
}

/** Runs preset `id` (or the successor of a retired id) through simulateStep. */
export function simulateScenario(
  id: string,
  overrides: ScenarioOverrides = {},
): StepResult & { config: StepConfigInput } {
  const config = scenarioConfig(id, overrides);
  return { ...simulateStep(config), config };
}
