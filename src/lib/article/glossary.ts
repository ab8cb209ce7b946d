/** The glossary, validated; loaded here rather than with the data set so the engine never pays for it. */
import glossaryJson from '../../../content/data/glossary.json';
import { type GlossaryEntry, glossaryFileSchema } from '../data/glossary';
import { parseDataFile } from '../data/validate';

export const glossary: readonly GlossaryEntry[] = [
  ...parseDataFile(glossaryFileSchema, glossaryJson, 'content/data/glossary.json'),
].sort((a, b) => a.term.localeCompare(b.term));

export function glossaryEntry(id: string): GlossaryEntry {
  const entry = glossary.find((e) => e.id === id);
  if (!entry) throw new Error(`Unknown glossary id "${id}"; known: ${glossary.map((e) => e.id).join(', ')}`);
  return entry;
}

/** The first sentence, for hover text. */
export function shortDefinition(entry: GlossaryEntry): string {
  const m = /^.*?[.!?](\s|$)/.exec(entry.definition);
  return (m ? m[0] : entry.definition).trim();
}

export const glossaryAnchor = (id: string): string => `term-${id}`;
