import { z } from 'zod';
import { figureSchema } from './provenance-schemas';

export const hardwareIdSchema = z.enum([
  'v100',
  'a100',
  'h100',
  'h800',
  'h200',
  'b200',
  'gb200',
  'gb300',
  'tpu-v3',
  'tpu-v4',
  'tpu-v5p',
]);
export type HardwareId = z.infer<typeof hardwareIdSchema>;

/** Bandwidths are bytes/s per direction; bidirectional or sparse vendor figures are converted in `note`. */
export const hardwareSchema = z
  .object({
    id: hardwareIdSchema,
    name: z.string().min(1),
    vendor: z.string().min(1),
    /** Used to pick the matmul-efficiency parameter of the engine (by generation, not by run). */
    generation: z.enum(['volta', 'ampere', 'hopper', 'blackwell', 'tpu-v3', 'tpu-v4', 'tpu-v5']),
    year: z.number().int().min(2015).max(2035),
    denseBf16FlopPerS: figureSchema,
    hbmBytes: figureSchema,
    hbmBandwidthBytesPerS: figureSchema.optional(),
    /** NVLink / ICI inside the scale-up domain, per accelerator, per direction. */
    scaleUpBytesPerS: figureSchema,
    /** Accelerators in one scale-up domain (8 for an HGX node, 72 for NVL72). */
    scaleUpDomain: figureSchema,
    /** Accelerators one host (server, compute tray) holds: what one node fault takes down. */
    gpusPerNode: figureSchema.optional(),
    /** NIC bandwidth to the scale-out fabric, per accelerator, per direction. */
    scaleOutBytesPerS: figureSchema,
    /** Accelerator board power (TDP); optional because Google has not published one for TPU v5p. */
    powerW: figureSchema.optional(),
    /** Whole-rack IT power per accelerator (CPUs, NICs, switches, fans included), where known. */
    rackPowerPerGpuW: figureSchema.optional(),
  })
  .strict();
export type Hardware = z.infer<typeof hardwareSchema>;
export const hardwareFileSchema = z.array(hardwareSchema).min(1);
