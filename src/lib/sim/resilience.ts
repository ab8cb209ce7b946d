/**
 * Failures at scale and what they cost. Failure rates per GPU and per node come from Llama 3's
 * 419 unexpected interruptions in 54 days on 16,384 H100 (arXiv:2407.21783), via model-params.json;
 * the node is the system's own host (8-GPU server, 4-GPU GB200 tray), read from hardware.json.
 * Checkpoint interval: Young (1974) / Daly (2006), tau = sqrt(2·C·M).
 */
import { z } from 'zod';
import { dalyGoodput, failureDomainsUnchecked, jobMtbfSUnchecked, youngDalyUnchecked } from './failure-rates';
import { PARAMS } from './params';
import { bounded, boundedInt, gpuIdSchema, parseInput } from './schemas';

export const failureInputSchema = z.object({
  gpus: boundedInt(1, 100_000_000),
  gpuFailuresPerGpuHour: bounded(0, 1).optional(),
  nodeFailuresPerNodeHour: bounded(0, 1).optional(),
  gpusPerNode: boundedInt(1, 1024).optional(),
  /** The system, whose own host size sets how many GPUs one node fault takes out. */
  gpu: gpuIdSchema.optional(),
});

/** What one fault takes down on this system: a host (tray or server) and a whole scale-up domain (rack). */
export function failureDomains(gpu: string): { nodeGpus: number; rackGpus: number } {
  return failureDomainsUnchecked(gpuIdSchema.parse(gpu));
}

/** Job MTBF = 1 / (sum of component failure rates) = component MTBF / component count. */
export function jobMtbfS(input: z.input<typeof failureInputSchema>): number {
  const x = parseInput(failureInputSchema, input, 'jobMtbfS');
  return jobMtbfSUnchecked(x.gpus, x);
}

export const youngDalySchema = z.object({ checkpointCostS: bounded(0, 1e6), jobMtbfS: bounded(1, 1e12) });

/** Young/Daly first-order optimum checkpoint interval: sqrt(2 · checkpointCost · jobMTBF). */
export function youngDalyIntervalS(input: z.input<typeof youngDalySchema>): number {
  const x = parseInput(youngDalySchema, input, 'youngDalyIntervalS');
  return youngDalyUnchecked(x.checkpointCostS, x.jobMtbfS);
}

export const goodputSchema = failureInputSchema.extend({
  checkpointWriteS: bounded(0, 1e5).optional(),
  restartS: bounded(0, 1e6).optional(),
});

export interface Goodput {
  jobMtbfS: number;
  failuresPerDay: number;
  checkpointIntervalS: number;
  /** Useful work / wall-clock time, in (0, 1]. */
  goodput: number;
  checkpointShare: number;
  lostWorkAndRestartShare: number;
}

/**
 * Expected wall-clock per useful interval tau with Poisson failures (Daly 2006, restart model):
 * E = (M + R)(exp((tau + C)/M) - 1). Goodput = tau / E, always in (0, 1].
 */
export function goodput(input: z.input<typeof goodputSchema>): Goodput {
  const x = parseInput(goodputSchema, input, 'goodput');
  const m = jobMtbfSUnchecked(x.gpus, x);
  const c = x.checkpointWriteS ?? PARAMS.checkpointWriteS;
  const r = x.restartS ?? PARAMS.restartS;
  const tau = Math.max(1, youngDalyUnchecked(c, m));
  const g = dalyGoodput(tau, c, r, m);
  const checkpointShare = c / (tau + c);
  return {
    jobMtbfS: m,
    failuresPerDay: 86400 / m,
    checkpointIntervalS: tau,
    goodput: g,
    checkpointShare: Math.min(1 - g, checkpointShare),
    lostWorkAndRestartShare: Math.max(0, 1 - g - checkpointShare),
  };
}

export const siteOutageSchema = z.object({
  sites: boundedInt(2, 64),
  gpusPerSite: boundedInt(1, 100_000_000),
  outageHours: bounded(0, 10_000),
  restartS: bounded(0, 1e6).optional(),
});

export interface OutagePolicyCost {
  /** Extra wall-clock hours to finish the same tokens. */
  delayHours: number;
  /** GPU-hours paid for without training progress (idle survivors, the dead site, restarts). */
  lostGpuHours: number;
}

/**
 * One site goes dark. "stall": everyone waits for it. "reduced-dp": the other sites drop the lost
 * replicas and go on at (K-1)/K of the throughput, paying one reconfiguration on the way out and one
 * on the way back. The global batch shrinks meanwhile (or the per-replica batch grows).
 */
export function siteOutage(input: z.input<typeof siteOutageSchema>): {
  stall: OutagePolicyCost;
  reducedDp: OutagePolicyCost;
} {
  const x = parseInput(siteOutageSchema, input, 'siteOutage');
  const r = (x.restartS ?? PARAMS.restartS) / 3600;
  const all = x.sites * x.gpusPerSite;
  const stall = { delayHours: x.outageHours + r, lostGpuHours: all * (x.outageHours + r) };
  const delay = x.outageHours / x.sites + 2 * r;
  return {
    stall,
    reducedDp: { delayHours: delay, lostGpuHours: x.gpusPerSite * x.outageHours + all * 2 * r },
  };
}
