import type { FailureReferences } from './failure-references';
import type { Hardware } from './hardware';
import type { LinksFile } from './links';
import type { MemoryMeasurement } from './memory-measurements';
import type { Run } from './runs';
import type { Site } from './sites';
import type { Source } from './sources';
import { DataError } from './validate';

interface Parts {
  sources: Map<string, Source>;
  sites: readonly Site[];
  hardware: readonly Hardware[];
  links: LinksFile;
  runs: readonly Run[];
  memoryMeasurements?: readonly MemoryMeasurement[];
  failureReferences?: FailureReferences;
}

/** Walks every value and reports each `source` id that names no source, and each link to a missing site. */
export function checkReferences(parts: Parts): void {
  const problems: string[] = [];
  const visit = (file: string, where: string, value: unknown): void => {
    if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) visit(file, `${where}[${i}]`, v);
      return;
    }
    if (!value || typeof value !== 'object') return;
    for (const [key, v] of Object.entries(value)) {
      if (key === 'source' && typeof v === 'string' && !parts.sources.has(v)) {
        problems.push(`  ${file}: ${where || '(root)'}.source: unknown source id "${v}"`);
      } else {
        visit(file, where ? `${where}.${key}` : key, v);
      }
    }
  };
  const byId = (file: string, records: readonly { id: string }[]) => {
    const seen = new Set<string>();
    for (const r of records) {
      if (seen.has(r.id)) problems.push(`  ${file}: record "${r.id}" is defined twice`);
      seen.add(r.id);
      visit(file, `record "${r.id}"`, r);
    }
  };
  byId('content/data/sites.json', parts.sites);
  byId('content/data/hardware.json', parts.hardware);
  byId('content/data/runs.json', parts.runs);
  byId('content/data/memory-measurements.json', parts.memoryMeasurements ?? []);
  visit('content/data/links.json', '', parts.links);
  visit('content/data/failure-references.json', '', parts.failureReferences ?? {});
  const siteIds = new Set(parts.sites.map((s) => s.id));
  for (const link of parts.links.links) {
    for (const end of [link.from, link.to]) {
      if (!siteIds.has(end))
        problems.push(`  content/data/links.json: record "${link.id}", field "from/to": unknown site "${end}"`);
    }
  }
  if (problems.length) throw new DataError(`Broken references in the data:\n${problems.join('\n')}`);
}
