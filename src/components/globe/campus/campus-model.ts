/** The campus view's link to the engine: power in, racks/GPUs/FLOP/s out, bounds from the engine's. */
import { FACILITY_POWER_MW, siteComputeUnchecked } from '../../../lib/sim/power';
import { defineUrlState, numberField } from '../../../lib/url-state';

/** Fairwater's racks are GB200 NVL72 (sites.json gpuModel). */
export const CAMPUS_GPU = 'gb200';

// The slider spans a useful part of the engine's range: past ~4 GW a campus is a city of halls.
export const POWER_MIN_MW = Math.max(FACILITY_POWER_MW.min, 10);
export const POWER_MAX_MW = Math.min(FACILITY_POWER_MW.max, 4000);

export function campusCompute(facilityPowerMw: number) {
  // The slider's bounds sit inside the engine's (POWER_MIN_MW, POWER_MAX_MW), so no parse is needed.
  return siteComputeUnchecked({ facilityPowerMw, gpu: CAMPUS_GPU });
}

export function campusStateSpec(viewId: string, defaultMw: number) {
  return defineUrlState(viewId, {
    mw: numberField({ min: POWER_MIN_MW, max: POWER_MAX_MW }, defaultMw, 0),
  });
}
