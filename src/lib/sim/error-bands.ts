/**
 * Error bands from the leave-one-out errors over the published runs (calibration.ts, precomputed in
 * loo-errors.json): around a training-run estimate and around one simulated step. No zod, so the step
 * widget's worker draws them too.
 */
import LOO from './loo-errors.json';

export const LOO_LOG_ERRORS: readonly number[] = LOO.logErrors;

/** A range from the leave-one-out errors over the published runs (calibration.ts). */
export interface EstimateInterval {
  low: number;
  high: number;
  /** Share of runs a min-max band over n leave-one-out errors is expected to cover: (n-1)/(n+1). */
  coverage: number;
}

/** The spread of the leave-one-out errors (predicted ÷ published, as logs) over the published runs. */
function errorSpread(logErrors: readonly number[]) {
  return {
    lo: Math.min(...logErrors),
    hi: Math.max(...logErrors),
    // Share of runs a min-max band over n leave-one-out errors is expected to cover.
    coverage: (logErrors.length - 1) / (logErrors.length + 1),
  };
}

/** Predicted cost ÷ published cost, as logs, one per published run, each from a refit without it. */
export function bandsFromLogErrors(
  estimate: { gpuHours: number; days: number; mfu: number },
  logErrors: readonly number[],
) {
  const { lo, hi, coverage } = errorSpread(logErrors);
  // A run the engine overestimates by e^hi costs e^-hi of the prediction: the band runs the other way.
  const cost = (x: number): EstimateInterval => ({ low: x * Math.exp(-hi), high: x * Math.exp(-lo), coverage });
  return {
    gpuHoursInterval: cost(estimate.gpuHours),
    daysInterval: cost(estimate.days),
    mfuInterval: { low: estimate.mfu * Math.exp(lo), high: estimate.mfu * Math.exp(hi), coverage },
  };
}

/**
 * The same bands around one simulated step: a step time and MFU are cost estimates too, and the engine
 * has missed published runs by as much as the leave-one-out errors say.
 */
export function stepBands(step: { stepTimeS: number; mfu: number }, logErrors: readonly number[] = LOO_LOG_ERRORS) {
  const { lo, hi, coverage } = errorSpread(logErrors);
  return {
    stepTimeInterval: { low: step.stepTimeS * Math.exp(-hi), high: step.stepTimeS * Math.exp(-lo), coverage },
    mfuInterval: { low: step.mfu * Math.exp(lo), high: step.mfu * Math.exp(hi), coverage },
  };
}
