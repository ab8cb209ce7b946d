/**
 * Calibration that cannot flatter itself. Each published run implies the matmul efficiency at which
 * the engine reproduces it; a generation's efficiency is the geometric mean over its runs. Leave-one-
 * out: every run is predicted with the efficiency refitted without it (a generation with no other run
 * takes the pooled geometric mean of all other runs), and its log error feeds the error bands.
 */
import { figureMidpoint, type Run, runs } from '../data';
import type { Generation } from '../data/model-params';
import { gpuSpec } from './gpu';
import { practitionerInterleave } from './layout-choice';
import { estimateTrainingRunPoint, type TrainingRunEstimate, type TrainingRunInput } from './training-run';

export type LayoutSource = 'chosen' | 'published';

/** What a run publishes about its recipe (never its utilisation), as the engine's input. */
export function runInput(run: Run, layoutSource: LayoutSource = 'chosen'): TrainingRunInput {
  const recompute = run.recompute ? figureMidpoint(run.recompute) >= 0.5 : undefined;
  const gpus = figureMidpoint(run.gpus);
  const model = {
    params: figureMidpoint(run.params),
    ...(run.activeParams ? { activeParams: figureMidpoint(run.activeParams) } : {}),
    ...(run.layers ? { layers: figureMidpoint(run.layers) } : {}),
    ...(run.hidden ? { hidden: figureMidpoint(run.hidden) } : {}),
    ...(run.seqLen ? { seqLen: figureMidpoint(run.seqLen) } : {}),
    ...(run.globalBatchTokens ? { globalBatchTokens: figureMidpoint(run.globalBatchTokens) } : {}),
  };
  const tokens = run.tokens ? figureMidpoint(run.tokens) : (model.globalBatchTokens ?? 1e6);
  const ramp = run.batchRamp?.map((p) => ({
    fromTokens: figureMidpoint(p.fromTokens),
    globalBatchTokens: figureMidpoint(p.globalBatchTokens),
    ...(p.seqLen ? { seqLen: figureMidpoint(p.seqLen) } : {}),
  }));
  const published = layoutSource === 'published' ? run.layout : undefined;
  const layout = published && {
    tp: published.tp,
    pp: published.pp,
    dp: published.dp,
    interleave: published.interleave ?? (published.interleaved ? publishedInterleave(run, published.pp) : 1),
  };
  // Expert parallelism is a layout fact: without the published layout every rank holds every expert.
  const moe = run.moe && {
    experts: figureMidpoint(run.moe.experts),
    activeExperts: figureMidpoint(run.moe.activeExperts),
    ep: published?.ep ?? 1,
  };
  return {
    model,
    tokens,
    gpu: run.hardware,
    gpus,
    precision: run.precision.startsWith('FP8') ? 'fp8' : 'bf16',
    ...(moe ? { moe } : {}),
    ...(recompute !== undefined ? { recompute } : {}),
    ...(layout ? { layout } : {}),
    ...(ramp ? { batchRamp: ramp } : {}),
  };
}

/** A run that states an interleaved schedule but not its chunk count gets the practitioner's choice. */
function publishedInterleave(run: Run, pp: number): number {
  const layers = run.layers ? figureMidpoint(run.layers) : pp;
  const sequences =
    run.globalBatchTokens && run.seqLen ? figureMidpoint(run.globalBatchTokens) / figureMidpoint(run.seqLen) : 1;
  const dp = run.layout?.dp ?? 1;
  return practitionerInterleave(Math.max(1, Math.ceil(sequences / dp)), pp, layers);
}

/** Utilisation in the run's own convention (MFU, or HFU when it counts recomputation). */
export const predictedUtilisation = (run: Run, e: TrainingRunEstimate) =>
  run.mfuCounts === 'hardware' ? e.hfu : e.mfu;

/**
 * log(predicted cost ÷ published cost): GPU-hours where published, else the inverse utilisation
 * (the same cost at fixed FLOPs). Positive: the engine is too pessimistic.
 */
export function logCostError(run: Run, e: TrainingRunEstimate): number {
  if (run.gpuHours) return Math.log(e.gpuHours / figureMidpoint(run.gpuHours));
  if (run.mfu) return Math.log(figureMidpoint(run.mfu) / predictedUtilisation(run, e));
  throw new Error(`content/data/runs.json: ${run.id} publishes neither GPU-hours nor MFU`);
}

export const generationOf = (run: Run): Generation => gpuSpec(run.hardware).generation;

/** The efficiency at which the engine reproduces the run (bisection in log space; cost falls as it rises). */
export function impliedEfficiency(run: Run): number {
  // The layout does not depend on the efficiency: choose it once.
  const base = runInput(run);
  const first = estimateTrainingRunPoint(base);
  const input = { ...base, layout: first.layout, recompute: first.recompute };
  let lo = Math.log(0.05);
  let hi = Math.log(1);
  for (let i = 0; i < 30; i++) {
    const mid = (lo + hi) / 2;
    const error = logCostError(run, estimateTrainingRunPoint({ ...input, matmulEfficiency: Math.exp(mid) }));
    if (error > 0) lo = mid;
    else hi = mid;
  }
  return Math.exp((lo + hi) / 2);
}

const geomean = (xs: number[]) => Math.exp(xs.reduce((a, x) => a + Math.log(x), 0) / xs.length);

/** Efficiency for `generation` fitted on `fitted` runs (ids → implied efficiency): own generation, else pooled. */
export function fitEfficiency(generation: Generation, fitted: { run: Run; efficiency: number }[]): number {
  const own = fitted.filter((f) => generationOf(f.run) === generation).map((f) => f.efficiency);
  return geomean(own.length ? own : fitted.map((f) => f.efficiency));
}

export interface LeaveOneOut {
  run: Run;
  /** Efficiency refitted without this run. */
  efficiency: number;
  /** Whether the refit had another run of the same generation (else: pooled). */
  sameGeneration: boolean;
  estimate: TrainingRunEstimate;
  /** The same prediction on the published layout, where one is published. */
  onPublishedLayout?: TrainingRunEstimate;
  logError: number;
}

export function leaveOneOut(all: readonly Run[] = runs): LeaveOneOut[] {
  const implied = all.map((run) => ({ run, efficiency: impliedEfficiency(run) }));
  return all.map((run) => {
    const others = implied.filter((f) => f.run.id !== run.id);
    const sameGeneration = others.some((f) => generationOf(f.run) === generationOf(run));
    const efficiency = fitEfficiency(generationOf(run), others);
    const estimate = estimateTrainingRunPoint({ ...runInput(run), matmulEfficiency: efficiency });
    const row: LeaveOneOut = { run, efficiency, sameGeneration, estimate, logError: logCostError(run, estimate) };
    if (run.layout)
      row.onPublishedLayout = estimateTrainingRunPoint({ ...runInput(run, 'published'), matmulEfficiency: efficiency });
    return row;
  });
}
