import { z } from 'zod';
import { hardwareIdSchema } from './hardware';
import { figureSchema, sourceIdSchema } from './provenance-schemas';

/** A published training run, for checking the engine against reality. */
export const runSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    model: z.string().min(1),
    organisation: z.string().min(1),
    year: z.number().int().min(2017).max(2035),
    params: figureSchema,
    /** Mixture-of-experts: parameters used per token. */
    activeParams: figureSchema.optional(),
    /** Mixture-of-experts: routed experts per layer and experts per token (top-k). */
    moe: z.object({ experts: figureSchema, activeExperts: figureSchema }).strict().optional(),
    layers: figureSchema.optional(),
    hidden: figureSchema.optional(),
    seqLen: figureSchema.optional(),
    /** Training tokens; absent for a throughput benchmark (the engine then runs one global batch). */
    tokens: figureSchema.optional(),
    /** Published batch ramp: from `fromTokens` trained on, `globalBatchTokens` per step (and `seqLen`). */
    batchRamp: z
      .array(
        z
          .object({ fromTokens: figureSchema, globalBatchTokens: figureSchema, seqLen: figureSchema.optional() })
          .strict(),
      )
      .optional(),
    hardware: hardwareIdSchema,
    gpus: figureSchema,
    gpuHours: figureSchema.optional(),
    /** What the published GPU-hours include (pre-training only, all stages, downtime...). */
    gpuHoursInclude: z.string().optional(),
    mfu: figureSchema.optional(),
    /** Whether the published utilisation counts model FLOPs (PaLM's MFU) or hardware FLOPs (recomputation included). */
    mfuCounts: z.enum(['model', 'hardware']).optional(),
    /** Tokens per optimizer step. */
    globalBatchTokens: figureSchema.optional(),
    /** Full activation recomputation: 1 used, 0 not used (a recipe fact, like the layout). */
    recompute: figureSchema.optional(),
    layout: z
      .object({
        tp: z.number().int().positive(),
        pp: z.number().int().positive(),
        dp: z.number().int().positive(),
        /** Interleaved 1F1B: model chunks per GPU (Megatron's virtual pipeline size). */
        interleave: z.number().int().positive().optional(),
        /** Published as interleaved without the chunk count: the engine applies the practitioner's rule. */
        interleaved: z.boolean().optional(),
        /** Context parallelism (published; the engine does not model it). */
        cp: z.number().int().positive().optional(),
        /** Expert parallelism (mixture-of-experts). */
        ep: z.number().int().positive().optional(),
        source: sourceIdSchema,
      })
      .strict()
      .optional(),
    precision: z.string().min(1),
    /** Calibration runs choose the engine's parameters; held-out runs only check them. */
    split: z.enum(['calibration', 'held-out']),
    notes: z.string().optional(),
  })
  .strict();
export type Run = z.infer<typeof runSchema>;
export const runsFileSchema = z.array(runSchema).min(1);
