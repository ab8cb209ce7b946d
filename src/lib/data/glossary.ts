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
