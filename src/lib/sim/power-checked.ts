/** The parsed public API of power.ts: bad input throws SimInputError naming the field and its range. */
import { z } from 'zod';
import {
  FACILITY_POWER_MW,
  type PowerForGpus,
  type PowerForGpusInput,
  powerForGpusUnchecked,
  type SiteCompute,
  type SiteComputeInput,
  siteComputeUnchecked,
} from './power';
import { bounded, boundedInt, gpuIdSchema, parseInput } from './schemas';

const rackOptions = {
  pue: bounded(1, 3).optional(),
  gpu: gpuIdSchema,
  rackPowerKw: bounded(1, 2000).optional(),
  gpusPerRack: boundedInt(1, 1024).optional(),
};
export const siteComputeSchema = z.object({
  facilityPowerMw: bounded(FACILITY_POWER_MW.min, FACILITY_POWER_MW.max),
  ...rackOptions,
});
export const powerForGpusSchema = z.object({ gpus: boundedInt(1, 100_000_000), ...rackOptions });

export function siteCompute(input: SiteComputeInput): SiteCompute {
  return siteComputeUnchecked(parseInput(siteComputeSchema, input, 'siteCompute'));
}

export function powerForGpus(input: PowerForGpusInput): PowerForGpus {
  return powerForGpusUnchecked(parseInput(powerForGpusSchema, input, 'powerForGpus'));
}
