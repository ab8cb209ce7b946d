/**
 * Whole training runs: total FLOPs, steady-state MFU from the analytic step model, and wall-clock,
 * GPU-hours and energy after goodput (failures, checkpoints, restarts) from resilience.ts.
 */
import { z } from 'zod';
import { bandsFromLogErrors, type EstimateInterval, LOO_LOG_ERRORS } from './error-bands';
import { SimInputError } from './errors';
import { gpuSpec } from './gpu';
import { chooseLayout } from './layout-choice';
import { moeSchema } from './moe-schema';
import { PARAMS } from './params';
import { goodput } from './resilience';
import { bounded, boundedInt, gpuIdSchema, parseInput } from './schemas';
import { analyticCosts } from './step-analytic';
import { layoutSchema, parseStepConfig, wanSchema } from './step-checked';
import { type StepCosts, stepCosts } from './step-config';
import { defaultShape } from './transformer';

export const trainingRunSchema = z.object({
  model: z.object({
    params: bounded(1e6, 1e15),
    activeParams: bounded(1e6, 1e15).optional(),
    layers: boundedInt(1, 1000).optional(),
    hidden: boundedInt(64, 1_000_000).optional(),
    seqLen: boundedInt(1, 10_000_000).optional(),
    globalBatchTokens: bounded(1, 1e11).optional(),
  }),
  tokens: bounded(1e6, 1e17),
  gpu: gpuIdSchema,
  gpus: boundedInt(1, 100_000_000),
  layout: layoutSchema.optional(),
  recompute: z.boolean().optional(),
  sites: boundedInt(1, 16).default(1),
  crossing: z.enum(['data-parallel', 'pipeline']).default('data-parallel'),
  wan: wanSchema.optional(),
  /**
   * A published batch ramp: from `fromTokens` trained on, steps take `globalBatchTokens` (and
   * `seqLen`, when the ramp changes it). The layout is chosen for the final batch.
   */
  batchRamp: z
    .array(
      z.object({
        fromTokens: bounded(0, 1e17),
        globalBatchTokens: bounded(1, 1e11),
        seqLen: boundedInt(1, 10_000_000).optional(),
      }),
    )
    .max(16)
    .optional(),
  /** Mixture-of-experts: experts, top-k and expert parallelism (moe.ts). */
  moe: moeSchema.optional(),
  precision: z.enum(['bf16', 'fp8']).default('bf16'),
  /** Overrides the calibrated matmul efficiency (calibration.ts refits it leave-one-out). */
  matmulEfficiency: bounded(0.01, 1).optional(),
});
export type TrainingRunInput = z.input<typeof trainingRunSchema>;

export interface TrainingRunEstimate {
  totalFlop: number;
  /** Steady-state model FLOPs utilisation (PaLM definition, attention included). */
  mfu: number;
  /** Hardware FLOPs utilisation: counts recomputed forwards. */
  hfu: number;
  goodput: number;
  days: number;
  gpuHours: number;
  /** Facility energy (IT × PUE); null when the accelerator has no published power figure. */
  energyMWh: number | null;
  layout: { tp: number; pp: number; dp: number; interleave: number };
  layoutChosen: boolean;
  recompute: boolean;
  stepTimeS: number;
  tokensPerStep: number;
  steps: number;
}

export interface TrainingRunEstimateWithBands extends TrainingRunEstimate {
  gpuHoursInterval: EstimateInterval;
  mfuInterval: EstimateInterval;
  daysInterval: EstimateInterval;
}

export { bandsFromLogErrors, type EstimateInterval, stepBands } from './error-bands';

export function defaultGlobalBatchTokens(params: number): number {
  const sequences = PARAMS.batchFitCoefficient * params ** PARAMS.batchFitExponent;
  return Math.max(1, sequences) * PARAMS.batchFitSequenceTokens;
}

/** The estimate with its error bands (leave-one-out over content/data/runs.json, precomputed). */
export function estimateTrainingRun(input: TrainingRunInput): TrainingRunEstimateWithBands {
  const estimate = estimateTrainingRunPoint(input);
  return { ...estimate, ...bandsFromLogErrors(estimate, LOO_LOG_ERRORS) };
}

/** The point estimate alone: what calibration.ts refits and the bands are built around. */
export function estimateTrainingRunPoint(input: TrainingRunInput): TrainingRunEstimate {
  const where = 'estimateTrainingRun';
  const x = parseInput(trainingRunSchema, input, where);
  const shape = defaultShape(x.model.params);
  const model = {
    params: x.model.params,
    ...(x.model.activeParams !== undefined ? { activeParams: x.model.activeParams } : {}),
    layers: x.model.layers ?? shape.layers,
    hidden: x.model.hidden ?? shape.hidden,
    seqLen: x.model.seqLen ?? PARAMS.defaultSeqLen,
    globalBatchTokens: x.model.globalBatchTokens ?? defaultGlobalBatchTokens(x.model.params),
  };
  let layout = x.layout;
  let recompute = x.recompute ?? false;
  const chosen = !layout;
  if (!layout) {
    const choice = chooseLayout(model, x.gpu, x.gpus, x.sites, x.recompute);
    if (!choice)
      throw new SimInputError(where, 'gpus', x.gpus, { description: 'enough GPUs to hold the model in HBM' });
    layout = choice.layout;
    recompute = x.recompute ?? choice.recompute;
  }
  const phases = rampPhases(x.batchRamp, model, x.tokens);
  let steps = 0;
  let modelFlop = 0;
  let computeSeconds = 0;
  let hardwareFlop = 0;
  let last: { costs: StepCosts; step: ReturnType<typeof analyticCosts> } | undefined;
  const fit = goodput({ gpus: x.gpus });
  for (const phase of phases) {
    const config = parseStepConfig(
      {
        model: phase.model,
        gpu: x.gpu,
        gpus: x.gpus,
        layout,
        recompute,
        sites: x.sites,
        crossing: x.crossing,
        ...(x.wan ? { wan: x.wan } : {}),
        ...(x.matmulEfficiency !== undefined ? { matmulEfficiency: x.matmulEfficiency } : {}),
        ...(x.moe ? { moe: x.moe } : {}),
        precision: x.precision,
      },
      where,
    );
    const costs = stepCosts(config);
    const step = analyticCosts(costs);
    const phaseSteps = phase.tokens / costs.tokensPerStep;
    steps += phaseSteps;
    computeSeconds += phaseSteps * step.stepTimeS;
    modelFlop += phaseSteps * costs.modelFlopPerStep;
    hardwareFlop += phaseSteps * costs.hardwareFlopPerStep;
    last = { costs, step };
  }
  if (!last) throw new SimInputError(where, 'tokens', x.tokens, { description: 'a positive token count' });
  const { costs, step } = last;
  const config = costs.config;
  const seconds = computeSeconds / fit.goodput;
  const totalFlop = modelFlop;
  const gpuHours = (x.gpus * seconds) / 3600;
  const peak = x.gpus * costs.peakFlopPerS * computeSeconds;
  const spec = gpuSpec(x.gpu);
  const energyMWh = Number.isFinite(spec.itPowerPerGpuW) ? (gpuHours * spec.itPowerPerGpuW * PARAMS.pue) / 1e6 : null;
  return {
    totalFlop,
    mfu: modelFlop / peak,
    hfu: hardwareFlop / peak,
    goodput: fit.goodput,
    days: seconds / 86400,
    gpuHours,
    energyMWh,
    layout: { tp: config.layout.tp, pp: config.layout.pp, dp: config.layout.dp, interleave: config.layout.interleave },
    layoutChosen: chosen,
    recompute,
    stepTimeS: step.stepTimeS,
    tokensPerStep: costs.tokensPerStep,
    steps,
  };
}

type Model = z.output<typeof trainingRunSchema>['model'] & {
  layers: number;
  hidden: number;
  seqLen: number;
  globalBatchTokens: number;
};

/** Token spans of a batch ramp (one span at the given batch when there is no ramp). */
function rampPhases(
  ramp: z.output<typeof trainingRunSchema>['batchRamp'],
  model: Model,
  tokens: number,
): { model: Model; tokens: number }[] {
  if (!ramp?.length) return [{ model, tokens }];
  const sorted = [...ramp].sort((a, b) => a.fromTokens - b.fromTokens);
  return sorted
    .map((phase, i) => {
      const end = Math.min(tokens, sorted[i + 1]?.fromTokens ?? tokens);
      const span = Math.max(0, end - Math.min(tokens, phase.fromTokens));
      const phaseModel = { ...model, globalBatchTokens: phase.globalBatchTokens, seqLen: phase.seqLen ?? model.seqLen };
      return { model: phaseModel, tokens: span };
    })
    .filter((p) => p.tokens > 0);
}
