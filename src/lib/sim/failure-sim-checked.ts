/** The input schema of the failure simulation and its checked public function. */
import { z } from 'zod';
import { type FailureSimConfig, type FailureSimResult, simulateFailuresUnchecked } from './failure-sim';
import { bounded, boundedInt, gpuIdSchema, parseInput, requireThat } from './schemas';

export const failureSimSchema = z.object({
  gpus: boundedInt(1, 10_000_000),
  gpu: gpuIdSchema,
  sites: boundedInt(1, 64),
  replicaGpus: boundedInt(1, 10_000_000),
  learnersPerSite: boundedInt(1, 1024),
  /** Up to a year of wall clock. */
  durationS: bounded(1, 366 * 86400),
  checkpointIntervalS: bounded(1, 1e7),
  seed: boundedInt(0, 2 ** 31),
  outage: z
    .object({ site: boundedInt(0, 63), startS: bounded(0, 1e8), durationS: bounded(0, 1e8) })
    .nullable()
    .optional(),
  checkpointWriteS: bounded(0, 1e5).optional(),
  restartS: bounded(0, 1e6).optional(),
  reconfigureS: bounded(0, 1e6).optional(),
  gpuFailuresPerGpuHour: bounded(0, 1).optional(),
  nodeFailuresPerNodeHour: bounded(0, 1).optional(),
  samples: boundedInt(1, 10_000).optional(),
});

/** Seeded failures over weeks of training, three policies side by side (failure-sim.ts). */
export function simulateFailures(input: FailureSimConfig): FailureSimResult {
  const x = parseInput(failureSimSchema, input, 'simulateFailures');
  requireThat(x.gpus >= x.sites, 'simulateFailures', 'gpus', x.gpus, `at least one GPU per site (${x.sites})`);
  if (x.outage)
    requireThat(x.outage.site < x.sites, 'simulateFailures', 'outage.site', x.outage.site, `below ${x.sites}`);
  return simulateFailuresUnchecked(x);
}
