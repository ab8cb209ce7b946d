/** Accelerator figures as plain numbers, read from content/data/hardware.json (never literals). */
import type { Generation } from '../data/model-params';
import { figureMidpoint } from '../data/provenance';
import { hardware } from '../payload';
import { PARAMS } from './params';

export interface GpuSpec {
  id: string;
  name: string;
  generation: Generation;
  peakFlopPerS: number;
  hbmBytes: number;
  hbmBytesPerS: number;
  scaleUpBytesPerS: number;
  scaleUpDomain: number;
  scaleOutBytesPerS: number;
  /** GPUs per host (compute tray, server): one node fault's blast radius. */
  gpusPerNode: number;
  powerW: number;
  /** Whole-rack IT power per accelerator when known, else board power × server overhead. */
  itPowerPerGpuW: number;
}

const specs = new Map<string, GpuSpec>(
  hardware.map((h) => [
    h.id,
    {
      id: h.id,
      name: h.name,
      generation: h.generation,
      peakFlopPerS: figureMidpoint(h.denseBf16FlopPerS),
      hbmBytes: figureMidpoint(h.hbmBytes),
      hbmBytesPerS: h.hbmBandwidthBytesPerS ? figureMidpoint(h.hbmBandwidthBytesPerS) : PARAMS.fallbackHbmBytesPerS,
      scaleUpBytesPerS: figureMidpoint(h.scaleUpBytesPerS),
      scaleUpDomain: figureMidpoint(h.scaleUpDomain),
      scaleOutBytesPerS: figureMidpoint(h.scaleOutBytesPerS),
      // HGX-style systems publish no separate host size: the host is the 8-GPU NVLink node.
      gpusPerNode: h.gpusPerNode ? figureMidpoint(h.gpusPerNode) : PARAMS.gpusPerNode,
      // Google publishes no per-chip power for some TPUs: NaN marks it unknown and power.ts refuses it.
      powerW: h.powerW ? figureMidpoint(h.powerW) : Number.NaN,
      itPowerPerGpuW: h.rackPowerPerGpuW
        ? figureMidpoint(h.rackPowerPerGpuW)
        : h.powerW
          ? figureMidpoint(h.powerW) * PARAMS.serverPowerFactor
          : Number.NaN,
    },
  ]),
);

export const GPU_IDS = [...specs.keys()] as [string, ...string[]];

export function gpuSpec(id: string): GpuSpec {
  const spec = specs.get(id);
  if (!spec) throw new Error(`unknown GPU id "${id}" (validated inputs never reach here)`);
  return spec;
}
