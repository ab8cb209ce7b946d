/**
 * Site power to compute and back: facility MW -> IT MW (÷ PUE) -> racks -> GPUs -> peak FLOP/s.
 * Defaults come from the data: NVL72-class GPUs get 72 per rack at Fairwater's ~140 kW per rack;
 * 8-GPU-board GPUs get four servers per rack at the server's power.
 */
import type { z } from 'zod';
import { SimInputError } from './errors';
import { gpuSpec } from './gpu';
import { nvl72RackPowerKw, PARAMS } from './params';
import type { powerForGpusSchema, siteComputeSchema } from './power-checked';

export type SiteComputeInput = z.input<typeof siteComputeSchema>;
export type PowerForGpusInput = z.input<typeof powerForGpusSchema>;

/** The facility power the engine takes, as plain numbers for the campus slider (power-checked.ts's schema). */
export const FACILITY_POWER_MW = { min: 0, max: 100_000 } as const;

function rackDefaults(x: {
  gpu: string;
  pue?: number | undefined;
  rackPowerKw?: number | undefined;
  gpusPerRack?: number | undefined;
}) {
  const spec = gpuSpec(x.gpu);
  if (!Number.isFinite(spec.itPowerPerGpuW) && x.rackPowerKw === undefined)
    throw new SimInputError('power', 'gpu', x.gpu, {
      description: 'a GPU with a published power figure, or give rackPowerKw',
    });
  const nvl72 = spec.scaleUpDomain >= 72;
  const gpusPerRack = x.gpusPerRack ?? (nvl72 ? spec.scaleUpDomain : PARAMS.hgxGpusPerRack);
  const rackPowerKw =
    x.rackPowerKw ?? (nvl72 && !x.gpusPerRack ? nvl72RackPowerKw() : (gpusPerRack * spec.itPowerPerGpuW) / 1000);
  return { spec, gpusPerRack, rackPowerKw, pue: x.pue ?? PARAMS.pue };
}

export interface SiteCompute {
  itPowerMw: number;
  racks: number;
  gpus: number;
  peakFlopPerS: number;
  pue: number;
  rackPowerKw: number;
  gpusPerRack: number;
}

/** For inputs bounded at the edge (the campus slider); power-checked.ts has the parsed siteCompute. */
export function siteComputeUnchecked(x: SiteComputeInput): SiteCompute {
  const d = rackDefaults(x);
  const itPowerMw = x.facilityPowerMw / d.pue;
  // Whole racks only: a partial rack is not a rack.
  const racks = Math.floor((itPowerMw * 1000) / d.rackPowerKw + 1e-9);
  const gpus = racks * d.gpusPerRack;
  return {
    itPowerMw,
    racks,
    gpus,
    peakFlopPerS: gpus * d.spec.peakFlopPerS,
    pue: d.pue,
    rackPowerKw: d.rackPowerKw,
    gpusPerRack: d.gpusPerRack,
  };
}

export interface PowerForGpus {
  itPowerMw: number;
  facilityPowerMw: number;
  racks: number;
  pue: number;
  rackPowerKw: number;
  gpusPerRack: number;
}

export function powerForGpusUnchecked(x: PowerForGpusInput): PowerForGpus {
  const d = rackDefaults(x);
  const racks = Math.ceil(x.gpus / d.gpusPerRack);
  const itPowerMw = (racks * d.rackPowerKw) / 1000;
  return {
    itPowerMw,
    facilityPowerMw: itPowerMw * d.pue,
    racks,
    pue: d.pue,
    rackPowerKw: d.rackPowerKw,
    gpusPerRack: d.gpusPerRack,
  };
}
