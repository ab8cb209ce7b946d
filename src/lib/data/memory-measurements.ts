import { z } from 'zod';
import { hardwareIdSchema } from './hardware';
import { figureSchema } from './provenance-schemas';

/**
 * Peak GPU memory measured while training a real configuration, to check the engine's memory model
 * against. `check` says what the engine must do: land `within` the tolerance (a fraction of the
 * measurement), or stay a `lower-bound` where the measurement holds what the model leaves out.
 */
export const memoryMeasurementSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    label: z.string().min(1),
    params: figureSchema,
    layers: figureSchema,
    hidden: figureSchema,
    seqLen: figureSchema,
    hardware: hardwareIdSchema,
    gpus: z.number().int().positive(),
    /** Sequences per GPU per step, before splitting into micro-batches. */
    localBatchSequences: z.number().int().positive(),
    layout: z
      .object({
        tp: z.number().int().positive(),
        pp: z.number().int().positive(),
        /** FSDP / ZeRO ranks the states are sharded over. */
        shardRanks: z.number().int().positive(),
        dataParallel: z.number().int().positive(),
        microBatchSequences: z.number().int().positive(),
        sharding: z.enum(['none', 'zero1', 'zero2', 'zero3']),
        /** Full activation recomputation (selective checkpointing counts as false: the engine's 34·s·h). */
        recompute: z.boolean(),
      })
      .strict(),
    measuredBytes: figureSchema,
    check: z.enum(['within', 'lower-bound']),
    tolerance: z.number().min(0).max(1),
  })
  .strict();

export const memoryMeasurementsFileSchema = z
  .object({ note: z.string().min(1), measurements: z.array(memoryMeasurementSchema).min(1) })
  .strict();

export type MemoryMeasurement = z.infer<typeof memoryMeasurementSchema>;
