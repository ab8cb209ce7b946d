/** All sources, grouped for the references page: by kind, then newest first within a group. */
import type { Source } from '../data';

export const KIND_HEADINGS: Record<Source['kind'], string> = {
  primary: 'Company and primary sources',
  paper: 'Research papers',
  secondary: 'Reporting and analysis',
  dataset: 'Datasets and trackers',
  derived: 'Our own derivations',
};

export function groupSources(all: Iterable<Source>): { kind: Source['kind']; heading: string; sources: Source[] }[] {
  const order = Object.keys(KIND_HEADINGS) as Source['kind'][];
  const list = [...all];
  return order
    .map((kind) => ({
      kind,
      heading: KIND_HEADINGS[kind],
      sources: list
        .filter((s) => s.kind === kind)
        .sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title)),
    }))
    .filter((g) => g.sources.length > 0);
}
