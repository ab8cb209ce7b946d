import { z } from 'zod';
import { isIsoDate } from './provenance';

/**
 * One entry of the changelog (content/data/changelog.json): what changed in the site's figures or
 * text, when and why. An erratum corrects something the site got wrong; a change follows better
 * data or a better model. `figures` names derived figures (src/figures/chapters/derived) whose value
 * today the page prints beside the entry, so no figure is retyped here.
 */
export const changelogEntrySchema = z
  .object({
    date: z.string().refine((d) => isIsoDate(d) && d.length === 10, { error: 'a real date, YYYY-MM-DD' }),
    kind: z.enum(['change', 'erratum']),
    title: z.string().min(1),
    /** What changed and why, in plain words. */
    text: z.string().min(20),
    /** Chapters or pages affected, as site paths. */
    pages: z.array(z.string().startsWith('/')).default([]),
    figures: z.array(z.string()).default([]),
  })
  .strict();
export type ChangelogEntry = z.infer<typeof changelogEntrySchema>;

export const changelogFileSchema = z.array(changelogEntrySchema).min(1);
