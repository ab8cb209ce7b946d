import { z } from 'zod';
import { figureSchema } from './provenance-schemas';

/**
 * Published goodput under failures (content/data/failure-references.json), to check the failure
 * simulation against, and the survivors' pause when an elastic job drops or regains a replica.
 */
export const failureReferencesFileSchema = z
  .object({
    note: z.string().min(1),
    elasticReconfigureS: figureSchema,
    llama3: z
      .object({
        gpus: figureSchema,
        days: figureSchema,
        interruptions: figureSchema,
        /** A lower bound: Llama 3 reports "higher than 90%". */
        effectiveTrainingTime: figureSchema,
      })
      .strict(),
    decoupledDiloco: z.object({ decoupledGoodput: figureSchema, dataParallelGoodput: figureSchema }).strict(),
  })
  .strict();

export type FailureReferences = z.infer<typeof failureReferencesFileSchema>;
