/**
 * Whole training runs: total FLOPs, steady-state MFU from the analytic step model, and wall-clock,
 * GPU-hours and energy after goodput (failures, checkpoints, restarts) from resilience.ts.
 */
import { z } from 'zod';
import { SimInputError } from './errors';
import { gpuIdSchema, gpuSpec } from './gpu';
import { chooseLayout } from './layout-choice';
import { PARAMS } from './params';
import { goodput } from './resilience';
import { bounded, boundedInt, parseInput } from './schemas';
import { analyticCosts } from './step-analytic';
import { layoutSchema, parseStepConfig, stepCosts, wanSchema } from './step-config';
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

export function defaultGlobalBatchTokens(params: number): number {
  const sequences = PARAMS.batchFitCoefficient * params ** PARAMS.batchFitExponent;
  return Math.max(1, sequences) * PARAMS.batchFitSequenceTokens;
}

export function estimateTrainingRun(input: TrainingRunInput): TrainingRunEstimate {
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
  const config = parseStepConfig(
    {
      model,
      gpu: x.gpu,
      gpus: x.gpus,
      layout,
      recompute,
      sites: x.sites,
      crossing: x.crossing,
      ...(x.wan ? { wan: x.wan } : {}),
    },
    where,
  );
  const costs = stepCosts(config);
  const step = analyticCosts(costs);
  const fit = goodput({ gpus: x.gpus });
  const flopPerToken = costs.modelFlopPerStep / costs.tokensPerStep;
  const totalFlop = x.tokens * flopPerToken;
  const steps = x.tokens / costs.tokensPerStep;
  const seconds = (steps * step.stepTimeS) / fit.goodput;
  const gpuHours = (x.gpus * seconds) / 3600;
  const spec = gpuSpec(x.gpu);
  const energyMWh = Number.isFinite(spec.itPowerPerGpuW) ? (gpuHours * spec.itPowerPerGpuW * PARAMS.pue) / 1e6 : null;
  return {
    totalFlop,
    mfu: step.mfu,
    hfu: step.hfu,
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
