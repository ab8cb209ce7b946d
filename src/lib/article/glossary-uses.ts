/**
 * Terms before use: where a page first uses each glossary term, and whether that first use links to
 * the term's entry. Pure (text runs in, findings out), so the built-page test and the unit test
 * share it; the caller walks the HTML and says which glossary entry, if any, each run links to.
 */
import type { GlossaryEntry } from '../data/glossary';

/** A piece of a page's prose in reading order; `linksTo` is the glossary id of the link around it. */
export interface TextRun {
  text: string;
  linksTo: string | null;
}

export interface FirstUse {
  id: string;
  /** The words as the page wrote them. */
  words: string;
  /** Some text either side, for the failure message. */
  context: string;
  linked: boolean;
}

/** The words that count as a use: `uses`, or the term without its parenthesis. */
export function usesOf(entry: Pick<GlossaryEntry, 'term' | 'uses'>): string[] {
  return entry.uses ?? [entry.term.replace(/\s*\(.*\)\s*$/, '')];
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const patterns = new WeakMap<object, RegExp>();

/** Whole words, any case, with a plural -s/-es; "GPU" does not match inside "GPUs-per-rack" words. */
export function usePattern(entry: Pick<GlossaryEntry, 'term' | 'uses'>): RegExp {
  let pattern = patterns.get(entry);
  if (!pattern) {
    pattern = compilePattern(entry);
    patterns.set(entry, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}

function compilePattern(entry: Pick<GlossaryEntry, 'term' | 'uses'>): RegExp {
  const alternatives = [...usesOf(entry)]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w).replace(/[\s-]+/g, '[\\s\\u00a0-]+'));
  return new RegExp(`(?<![\\p{L}\\d-])(?:${alternatives.join('|')})(?:s|es)?(?![\\p{L}\\d])`, 'giu');
}

/**
 * The first use of each entry on a page. A use inside a link to another glossary entry does not
 * count (it is that term's name, as "all-reduce" inside "ring all-reduce"); the next one does.
 */
export function firstUses(runs: readonly TextRun[], entries: readonly GlossaryEntry[]): FirstUse[] {
  const found: FirstUse[] = [];
  for (const entry of entries) {
    for (const [i, run] of runs.entries()) {
      if (run.linksTo !== null && run.linksTo !== entry.id) continue;
      const m = usePattern(entry).exec(run.text);
      if (!m) continue;
      const before = `${runs[i - 1]?.text ?? ''}${run.text.slice(0, m.index)}`.slice(-40);
      const after = `${run.text.slice(m.index + m[0].length)}${runs[i + 1]?.text ?? ''}`.slice(0, 40);
      found.push({
        id: entry.id,
        words: m[0],
        context: `${before}[${m[0]}]${after}`.replace(/\s+/g, ' '),
        linked: run.linksTo === entry.id,
      });
      break;
    }
  }
  return found;
}

/** The first uses that are not links: what a test reports. */
export function unlinkedFirstUses(runs: readonly TextRun[], entries: readonly GlossaryEntry[]): FirstUse[] {
  return firstUses(runs, entries).filter((u) => !u.linked);
}

/** A piece of prose: plain, or the first use of glossary entry `id` (to be linked). */
export interface Segment {
  text: string;
  id?: string;
}

/**
 * Splits `text` so the first use of every entry not yet in `seen` becomes its own segment, and adds
 * those ids to `seen`. The earliest use wins, the longest where two start together ("ring
 * all-reduce" before "all-reduce").
 */
export function linkFirstUses(text: string, entries: readonly GlossaryEntry[], seen: Set<string>): Segment[] {
  const segments: Segment[] = [];
  let rest = text;
  for (;;) {
    let best: { id: string; index: number; words: string } | null = null;
    for (const entry of entries) {
      if (seen.has(entry.id)) continue;
      const m = usePattern(entry).exec(rest);
      if (!m) continue;
      if (!best || m.index < best.index || (m.index === best.index && m[0].length > best.words.length)) {
        best = { id: entry.id, index: m.index, words: m[0] };
      }
    }
    if (!best) break;
    if (best.index > 0) segments.push({ text: rest.slice(0, best.index) });
    segments.push({ text: best.words, id: best.id });
    seen.add(best.id);
    rest = rest.slice(best.index + best.words.length);
  }
  if (rest) segments.push({ text: rest });
  return segments;
}
