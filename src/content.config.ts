import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const chapters = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/chapters' }),
  schema: z.object({
    title: z.string(),
    /** Chapter number, from 1; sets the order. */
    order: z.number().int().positive(),
    /** What the chapter teaches, in one sentence (meta description and chapter list). */
    description: z.string().min(40).max(200),
    updated: z.coerce.date(),
    /** The embed id (src/figures/embeds/catalogue.ts) of the chapter's main interactive, for oEmbed discovery. */
    interactive: z.string().optional(),
  }),
});

export const collections = { chapters };
