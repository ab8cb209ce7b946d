/** The chapter list, in order, with URLs and reading times: one place so every page agrees. */
import { type CollectionEntry, getCollection } from 'astro:content';
import { withBase } from '../../lib/site-url';
import { chapterSlug, type ReadingTime, readingMinutes, readingTime } from './reading';

export { chapterSlug, readingMinutes };

export interface ChapterSummary {
  entry: CollectionEntry<'chapters'>;
  slug: string;
  /** Site path, without the base (for absoluteUrl). */
  path: string;
  /** Link target, under the base. */
  href: string;
  title: string;
  order: number;
  description: string;
  readingMinutes: number;
  /** How readingMinutes was reckoned: prose, interactives and figures. */
  reading: ReadingTime;
}

export async function getChapters(): Promise<ChapterSummary[]> {
  const entries = await getCollection('chapters');
  return entries
    .map((entry) => {
      const slug = chapterSlug(entry.id);
      const reading = readingTime(entry.body ?? '');
      return {
        entry,
        slug,
        path: `/chapters/${slug}/`,
        href: withBase(`/chapters/${slug}/`),
        title: entry.data.title,
        order: entry.data.order,
        description: entry.data.description,
        readingMinutes: reading.minutes,
        reading,
      };
    })
    .sort((a, b) => a.order - b.order);
}
