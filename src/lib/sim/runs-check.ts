/**
 * The engine against published runs: each run is given only its model, tokens, hardware and GPU
 * count (plus recipe facts it publishes: batch, recomputation), never its utilisation.
 */
import { figureMidpoint, runs } from '../data';
import { predictedUtilisation, runInput } from './calibration';
import { estimateTrainingRunPoint, type TrainingRunEstimate } from './training-run';

export interface RunCheck {
  id: string;
  model: string;
  split: 'calibration' | 'held-out';
  estimate: TrainingRunEstimate;
  publishedGpuHours?: number;
  gpuHoursError?: number;
  publishedMfu?: number;
  /** Predicted utilisation in the run's own convention (MFU, or HFU when it counts recomputation). */
  predictedMfu: number;
  mfuPointsOff?: number;
  publishedLayout?: { tp: number; pp: number; dp: number };
}

/** Tolerances from the issue: GPU-hours within 25%, MFU within 10 points. */
export const GPU_HOURS_TOLERANCE = 0.25;
export const MFU_POINTS_TOLERANCE = 10;

export function checkRuns(): RunCheck[] {
  return runs.map((run) => {
    const estimate = estimateTrainingRunPoint(runInput(run));
    const predictedMfu = predictedUtilisation(run, estimate);
    const check: RunCheck = { id: run.id, model: run.model, split: run.split, estimate, predictedMfu };
    if (run.gpuHours) {
      check.publishedGpuHours = figureMidpoint(run.gpuHours);
      check.gpuHoursError = estimate.gpuHours / check.publishedGpuHours - 1;
    }
    if (run.mfu) {
      check.publishedMfu = figureMidpoint(run.mfu);
      check.mfuPointsOff = (predictedMfu - check.publishedMfu) * 100;
    }
    if (run.layout) check.publishedLayout = { tp: run.layout.tp, pp: run.layout.pp, dp: run.layout.dp };
    return check;
  });
}
