/**
 * Site power to compute and back: facility MW -> IT MW (÷ PUE) -> racks -> GPUs -> peak FLOP/s.
 * Defaults come from the data: NVL72-class GPUs get 72 per rack at Fairwater's ~140 kW per rack;
 * 8-GPU-board GPUs get four servers per rack at the server's power.
 */
import { z } from 'zod';
import { SimInputError } from './errors';
import { gpuIdSchema, gpuSpec } from './gpu';
import { nvl72RackPowerKw, PARAMS } from './params';
import { bounded, boundedInt, parseInput } from './schemas';

const rackOptions = {
  pue: bounded(1, 3).optional(),
  gpu: gpuIdSchema,
  rackPowerKw: bounded(1, 2000).optional(),
  gpusPerRack: boundedInt(1, 1024).optional(),
};
export const siteComputeSchema = z.object({ facilityPowerMw: bounded(0, 100_000), ...rackOptions });
export const powerForGpusSchema = z.object({ gpus: boundedInt(1, 100_000_000), ...rackOptions });

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

export function siteCompute(input: z.input<typeof siteComputeSchema>): SiteCompute {
  const x = parseInput(siteComputeSchema, input, 'siteCompute');
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

export function powerForGpus(input: z.input<typeof powerForGpusSchema>): PowerForGpus {
  const x = parseInput(powerForGpusSchema, input, 'powerForGpus');
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
