/** Pure helpers for chapter URLs and reading times (no Astro imports, so unit tests run in plain Node). */

/** "01-what-is-a-superfactory" -> "what-is-a-superfactory": the number orders files, the URL stays stable. */
export function chapterSlug(id: string): string {
  return id.replace(/^\d+-/, '');
}

const WORDS_PER_MINUTE = 230;
/**
 * Time to try an interactive (a widget or the globe): reading its verdict and trying one or two of its
 * suggestions. Chosen so the whole article comes to what a first reader took with the widgets (50-70
 * minutes against the 26 that words alone gave, issue 16).
 */
export const MINUTES_PER_INTERACTIVE = 4;
/** Time to read a chart or table figure and its caption. */
export const MINUTES_PER_FIGURE = 1;

const INTERACTIVE = /<(?:[A-Z]\w*Widget|Globe|Campus)\b/g;
const FIGURE = /<(?:Figure|ArticleChart)\b/g;

export interface ReadingTime {
  /** Prose alone, at about 230 words a minute. */
  proseMinutes: number;
  interactives: number;
  figures: number;
  /** Prose plus the allowance for each interactive and figure. */
  minutes: number;
}

/** Words of prose (imports, tags and expressions removed). */
function proseWords(mdxBody: string): number {
  const text = mdxBody
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/[#*_`>|[\]()-]/g, ' ');
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * The time a chapter takes: its prose words, plus an allowance for each interactive and figure. A
 * figure rendered by <Num> reads as a word or two, which the tag removal slightly undercounts.
 */
export function readingTime(mdxBody: string): ReadingTime {
  const proseMinutes = Math.max(1, Math.round(proseWords(mdxBody) / WORDS_PER_MINUTE));
  const interactives = mdxBody.match(INTERACTIVE)?.length ?? 0;
  const figures = mdxBody.match(FIGURE)?.length ?? 0;
  const minutes = proseMinutes + interactives * MINUTES_PER_INTERACTIVE + figures * MINUTES_PER_FIGURE;
  return { proseMinutes, interactives, figures, minutes };
}

export function readingMinutes(mdxBody: string): number {
  return readingTime(mdxBody).minutes;
}

const count = (n: number, one: string): string => `${n} ${one}${n === 1 ? '' : 's'}`;

/** How the time was reckoned, for the chapter header: "7 min of reading, 4 for a widget, 1 for a figure". */
export function readingBreakdown(t: ReadingTime): string {
  const parts = [`${t.proseMinutes} min of reading`];
  if (t.interactives > 0)
    parts.push(`${t.interactives * MINUTES_PER_INTERACTIVE} to try ${count(t.interactives, 'interactive')}`);
  if (t.figures > 0) parts.push(`${t.figures * MINUTES_PER_FIGURE} for ${count(t.figures, 'figure')}`);
  return parts.join(', ');
}
