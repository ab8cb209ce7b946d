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

type HardwareRecord = (typeof hardware)[number];

/**
 * A spec whose numbers are read from the record on each access (getters), so a tracked computation
 * (read-tracker.ts) counts only the figures it used: a power estimate does not cite HBM bandwidth.
 */
function specOf(h: HardwareRecord): GpuSpec {
  return {
    id: h.id,
    name: h.name,
    generation: h.generation,
    get peakFlopPerS() {
      return figureMidpoint(h.denseBf16FlopPerS);
    },
    get hbmBytes() {
      return figureMidpoint(h.hbmBytes);
    },
    get hbmBytesPerS() {
      return h.hbmBandwidthBytesPerS ? figureMidpoint(h.hbmBandwidthBytesPerS) : PARAMS.fallbackHbmBytesPerS;
    },
    get scaleUpBytesPerS() {
      return figureMidpoint(h.scaleUpBytesPerS);
    },
    get scaleUpDomain() {
      return figureMidpoint(h.scaleUpDomain);
    },
    get scaleOutBytesPerS() {
      return figureMidpoint(h.scaleOutBytesPerS);
    },
    // HGX-style systems publish no separate host size: the host is the 8-GPU NVLink node.
    get gpusPerNode() {
      return h.gpusPerNode ? figureMidpoint(h.gpusPerNode) : PARAMS.gpusPerNode;
    },
    // Google publishes no per-chip power for some TPUs: NaN marks it unknown and power.ts refuses it.
    get powerW() {
      return h.powerW ? figureMidpoint(h.powerW) : Number.NaN;
    },
    get itPowerPerGpuW() {
      if (h.rackPowerPerGpuW) return figureMidpoint(h.rackPowerPerGpuW);
      return h.powerW ? figureMidpoint(h.powerW) * PARAMS.serverPowerFactor : Number.NaN;
    },
  };
}

const specs = new Map<string, GpuSpec>(hardware.map((h) => [h.id, specOf(h)]));

export const GPU_IDS = [...specs.keys()] as [string, ...string[]];

export function gpuSpec(id: string): GpuSpec {
  const spec = specs.get(id);
  if (!spec) throw new Error(`unknown GPU id "${id}" (validated inputs never reach here)`);
  return spec;
}
