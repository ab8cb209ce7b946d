/**
 * Failure rates and Daly's goodput as plain numbers, without zod, for the checked API
 * (resilience.ts) and the browser's failure simulation (failure-sim.ts) alike. Rates per GPU and per
 * node are Llama 3's (model-params.json); the node is the system's own host (hardware.json).
 */
import { gpuSpec } from './gpu';
import { PARAMS } from './params';

/** What one fault takes down on this system: a host (tray or server) and a whole scale-up domain (rack). */
export function failureDomainsUnchecked(gpu: string): { nodeGpus: number; rackGpus: number } {
  const spec = gpuSpec(gpu);
  return { nodeGpus: spec.gpusPerNode, rackGpus: Math.max(spec.gpusPerNode, spec.scaleUpDomain) };
}

export interface FailureRateInput {
  gpuFailuresPerGpuHour?: number | undefined;
  nodeFailuresPerNodeHour?: number | undefined;
  gpusPerNode?: number | undefined;
  gpu?: string | undefined;
}

/** Job MTBF = 1 / (sum of component failure rates) = component MTBF / component count. */
export function jobMtbfSUnchecked(gpus: number, x: FailureRateInput): number {
  const perNode = x.gpusPerNode ?? (x.gpu ? gpuSpec(x.gpu).gpusPerNode : PARAMS.gpusPerNode);
  const ratePerHour =
    gpus * (x.gpuFailuresPerGpuHour ?? PARAMS.gpuFailuresPerGpuHour) +
    Math.ceil(gpus / perNode) * (x.nodeFailuresPerNodeHour ?? PARAMS.nodeFailuresPerNodeHour);
  // A failure-free job is given a century, which keeps every later division finite.
  return ratePerHour > 0 ? 3600 / ratePerHour : 100 * 365 * 86400;
}

/** Young/Daly first-order optimum checkpoint interval: sqrt(2 · checkpointCost · jobMTBF). */
export const youngDalyUnchecked = (checkpointS: number, mtbfS: number): number => Math.sqrt(2 * checkpointS * mtbfS);

/**
 * Expected share of wall clock spent on useful work when every interval tau of work is followed by a
 * checkpoint write C, failures are Poisson with mean M apart and each costs a restart R plus the work
 * since the last checkpoint (Daly 2006): tau / ((M + R)(exp((tau + C)/M) - 1)), in (0, 1].
 */
export function dalyGoodput(tauS: number, checkpointS: number, restartS: number, mtbfS: number): number {
  const expected = (mtbfS + restartS) * Math.expm1(Math.min(700, (tauS + checkpointS) / mtbfS));
  return Math.min(1, tauS / expected);
}
