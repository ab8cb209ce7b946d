/**
 * Citation numbers for one page: a source gets its number the first time it is cited, so numbers
 * run 1, 2, 3 down the page and a source cited twice keeps its first number. The registry lives on
 * `Astro.locals`, which is one object per rendered page; layouts render their content first and
 * the reference list after, so the list sees every citation.
 */
import type { Source } from '../../lib/data';

export interface CitationEntry {
  number: number;
  source: Source;
  /** How many times it was cited so far (anchor ids cite-<id>-<k>). */
  uses: number;
}

export class CitationRegistry {
  readonly #entries = new Map<string, CitationEntry>();
  /** Set once a reference list has been rendered, so the base layout does not add a second one. */
  listed = false;

  cite(source: Source): { number: number; use: number } {
    let entry = this.#entries.get(source.id);
    if (!entry) {
      entry = { number: this.#entries.size + 1, source, uses: 0 };
      this.#entries.set(source.id, entry);
    }
    entry.uses += 1;
    return { number: entry.number, use: entry.uses };
  }

  get size(): number {
    return this.#entries.size;
  }

  /** Entries in citation order. */
  entries(): CitationEntry[] {
    return [...this.#entries.values()];
  }
}

const KEY = Symbol.for('superfactory.citations');

export function citationsFor(locals: object): CitationRegistry {
  const bag = locals as Record<symbol, CitationRegistry | undefined>;
  let registry = bag[KEY];
  if (!registry) {
    registry = new CitationRegistry();
    bag[KEY] = registry;
  }
  return registry;
}

export const refAnchor = (sourceId: string): string => `ref-${sourceId}`;
export const citeAnchor = (sourceId: string, use: number): string => `cite-${sourceId}-${use}`;
