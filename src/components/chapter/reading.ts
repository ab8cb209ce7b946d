/** Pure helpers for chapter URLs and reading times (no Astro imports, so unit tests run in plain Node). */

/** "01-what-is-a-superfactory" -> "what-is-a-superfactory": the number orders files, the URL stays stable. */
export function chapterSlug(id: string): string {
  return id.replace(/^\d+-/, '');
}

const WORDS_PER_MINUTE = 230;

/**
 * Minutes to read an MDX body: prose words only (imports, tags and expressions removed). A figure
 * rendered by <Num> reads as a word or two, which the tag removal slightly undercounts.
 */
export function readingMinutes(mdxBody: string): number {
  const text = mdxBody
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/[#*_`>|[\]()-]/g, ' ');
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
