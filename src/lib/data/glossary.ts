import { z } from 'zod';

/** One glossary entry: an id used in links (#all-reduce), the term, a short definition in our words. */
export const glossaryEntrySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    term: z.string().min(1),
    /** One or two sentences; the first sentence doubles as the hover text in chapters. */
    definition: z.string().min(20),
    /** Ids of related entries. */
    see: z.array(z.string()).optional(),
    /**
     * The words that count as a use of the term in prose (matched whole, any case, plural -s/-es
     * allowed); the first on a page must link here. Defaults to the term without its parenthesis.
     */
    uses: z.array(z.string().min(2)).min(1).optional(),
    /** A source (content/data/sources) for the definition, where it rests on one. */
    source: z.string().optional(),
    /** A page that explains the term at length (a site path such as /methods/). */
    more: z.string().startsWith('/').optional(),
  })
  .strict();
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

export const glossaryFileSchema = z
  .array(glossaryEntrySchema)
  .min(1)
  .refine((entries) => new Set(entries.map((e) => e.id)).size === entries.length, {
    error: 'glossary ids must be unique',
  })
  .refine((entries) => entries.every((e) => (e.see ?? []).every((id) => entries.some((x) => x.id === id))), {
    error: 'every "see" id must name another glossary entry',
  });
