/**
 * The badge of a widget output: the weakest status of what its computation read (read-tracker.ts),
 * weakened to the reader's when a control the reader set went in, with the sources it read.
 */
import { type Status, weakestStatus } from '../../lib/data/provenance';
import { type SourcedRecord, track } from '../../lib/data/read-tracker';

export interface Provenance {
  status: Status;
  sources: string[];
  /** True when a value the reader set went in: the badge then reads as the reader's assumption. */
  readerSet: boolean;
}

export function provenanceOf(reads: readonly SourcedRecord[], readerSet = false): Provenance {
  const status = weakestStatus([...reads.map((r) => r.status), ...(readerSet ? (['assumed'] as const) : [])]);
  return { status, sources: [...new Set(reads.map((r) => r.source))], readerSet };
}

/** Runs `fn` under the tracker: its value with the provenance of what it read. */
export function tracked<T>(fn: () => T, readerSet = false): { value: T; provenance: Provenance } {
  const { value, reads } = track(fn);
  return { value, provenance: provenanceOf(reads, readerSet) };
}

/** One output computed from several: the weakest status, every source, the reader's if any was. */
export function combined(...parts: readonly Provenance[]): Provenance {
  return {
    status: weakestStatus(parts.map((p) => p.status)),
    sources: [...new Set(parts.flatMap((p) => p.sources))],
    readerSet: parts.some((p) => p.readerSet),
  };
}

/** A value the reader set with a control: theirs, no source. */
export const READER_SET: Provenance = { status: 'assumed', sources: [], readerSet: true };
