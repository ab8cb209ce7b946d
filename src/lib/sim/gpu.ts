/** Accelerator figures as plain numbers, read from content/data/hardware.json (never literals). */
import { z } from 'zod';
import { figureMidpoint, hardware } from '../data';
import { observation } from '../data/read-tracker';
import type { Generation } from '../data/model-params';
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

type HardwareRecord = (typeof hardware)[number];

function specOf(h: HardwareRecord): GpuSpec {
  return {
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
  };
}

const records = new Map<string, HardwareRecord>(hardware.map((h) => [h.id, h]));
/** Specs are cached only while no tracker observes: a tracked run must see every figure it reads. */
const specs = new Map<string, GpuSpec>();

export const GPU_IDS = [...records.keys()] as [string, ...string[]];
/** Only ids present in hardware.json are accepted; the error lists them. */
export const gpuIdSchema = z.enum(GPU_IDS);

export function gpuSpec(id: string): GpuSpec {
  const h = records.get(id);
  if (!h) throw new Error(`unknown GPU id "${id}" (validated inputs never reach here)`);
  if (observation.active) return specOf(h);
  let spec = specs.get(id);
  if (!spec) {
    spec = specOf(h);
    specs.set(id, spec);
  }
  return spec;
}
