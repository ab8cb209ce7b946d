/** Citation text for a chapter: plain text and a BibTeX @online entry. */
import { formatIsoDate } from '../format';

export interface ChapterCiteInput {
  title: string;
  order: number;
  slug: string;
  /** ISO date. */
  updated: string;
  /** Absolute URL; undefined when the build was not told where the site lives (no SITE_URL). */
  url: string | undefined;
}

export const SITE_TITLE = 'Superfactory: training one AI model across distant datacentres';

/** BibTeX needs braces and a few characters escaped; titles here are plain prose. */
function bibEscape(text: string): string {
  return text.replace(/[{}\\]/g, '').replace(/([&%$#_])/g, '\\$1');
}

export function citationFor(c: ChapterCiteInput) {
  const year = c.updated.slice(0, 4);
  const key = `superfactory${year}${c.slug.replace(/[^a-z0-9]/g, '')}`;
  const updated = `Updated ${formatIsoDate(c.updated, 'long')}.`;
  const plain = `“${c.title}”, chapter ${c.order} of ${SITE_TITLE}. ${c.url ? `${updated} ${c.url}` : updated}`;
  const bibtex = [
    `@online{${key},`,
    `  title = {${bibEscape(c.title)}},`,
    `  booktitle = {${bibEscape(SITE_TITLE)}},`,
    `  year = {${year}},`,
    `  date = {${c.updated}},`,
    ...(c.url ? [`  url = {${c.url}},`] : []),
    `  note = {Chapter ${c.order}},`,
    '}',
  ].join('\n');
  return { key, plain, bibtex, updated: c.updated, updatedText: formatIsoDate(c.updated, 'long') };
}
