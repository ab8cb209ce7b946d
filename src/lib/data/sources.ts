import { z } from 'zod';
import { isoDateSchema, sourceIdSchema } from './provenance-schemas';

export const sourceSchema = z
  .object({
    id: sourceIdSchema,
    title: z.string().min(1),
    publisher: z.string().min(1),
    /** Publication date as precise as the source gives it. */
    date: isoDateSchema,
    /** A web address, or a path on this site ("/methods/#scenario") for our own pages, which move with the base. */
    url: z.union([z.url(), z.string().regex(/^\/(?!\/)/, 'a site path starts with one "/"')]),
    authors: z.array(z.string()).optional(),
    /** arXiv id, DOI, or a note on how the source was read (e.g. "secondary copy of a paywalled post"). */
    note: z.string().optional(),
    kind: z.enum(['primary', 'secondary', 'paper', 'dataset', 'derived']).default('primary'),
  })
  .strict();
export type Source = z.infer<typeof sourceSchema>;
export const sourcesFileSchema = z.array(sourceSchema).min(1);
