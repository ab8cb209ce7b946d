/** The campus view's link to the engine: power in, racks/GPUs/FLOP/s out, bounds from the engine's schema. */
import { z } from 'zod';
import { siteCompute, siteComputeSchema } from '../../../lib/sim/power';
import { rangeOf } from '../../../lib/sim/schemas';
import { defineUrlState, numberField } from '../../../lib/url-state';

/** Fairwater's racks are GB200 NVL72 (sites.json gpuModel). */
export const CAMPUS_GPU = 'gb200';

// The slider spans a useful part of the engine's range: past ~4 GW a campus is a city of halls.
const engineRange = rangeOf(siteComputeSchema, 'facilityPowerMw');
export const POWER_MIN_MW = Math.max(engineRange.min ?? 0, 10);
export const POWER_MAX_MW = Math.min(engineRange.max ?? 4000, 4000);

export function campusCompute(facilityPowerMw: number) {
  return siteCompute({ facilityPowerMw, gpu: CAMPUS_GPU });
}

export function campusStateSpec(viewId: string, defaultMw: number) {
  return defineUrlState(viewId, {
    mw: numberField(z.number().min(POWER_MIN_MW).max(POWER_MAX_MW), defaultMw, 0),
  });
}
