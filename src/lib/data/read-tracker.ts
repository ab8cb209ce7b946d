/**
 * Records which sourced records a computation reads while it runs, so a computed figure's badge is
 * the weakest status of what it actually read and its sources are what it actually cited: a list
 * typed beside the computation drifted from it (issue 12). The readers (`figureMidpoint` and its
 * siblings in provenance.ts, the engine's parameter accessors) call `observedValue` only while a
 * tracker or a test's perturbation is active, so untracked code pays one property test per read.
 *
 * No zod and no data imports: workers bundle this file.
 */

/** Anything that carries a status and a source: a figure, a site's location, a preset's layout. */
export interface SourcedRecord {
  readonly status: 'known' | 'estimated' | 'assumed';
  readonly source: string;
}

/** Read by the hot path: `active` while a tracker or a perturbation is, `perturbed` during a perturbation. */
export const observation = { active: false, perturbed: false };

const collectors: Set<SourcedRecord>[] = [];
let perturbation: { record: SourcedRecord; factor: number } | undefined;

function refreshActive(): void {
  observation.perturbed = perturbation !== undefined;
  observation.active = collectors.length > 0 || observation.perturbed;
}

/** Called by a reader when `observation.active`: notes the read and applies a test's perturbation. */
export function observedValue(record: SourcedRecord, value: number): number {
  for (const c of collectors) c.add(record);
  return perturbation?.record === record ? value * perturbation.factor : value;
}

/** Notes a read of a record whose value is not one number (a layout), or replays a cached result's reads. */
export function noteRead(...records: readonly SourcedRecord[]): void {
  if (observation.active) for (const c of collectors) for (const r of records) c.add(r);
}

/** Runs `fn` and returns its value with every record it read, in first-read order. */
export function track<T>(fn: () => T): { value: T; reads: SourcedRecord[] } {
  const reads = new Set<SourcedRecord>();
  collectors.push(reads);
  refreshActive();
  try {
    return { value: fn(), reads: [...reads] };
  } finally {
    collectors.pop();
    refreshActive();
  }
}

/** Runs `fn` without noting its reads: for a comparison that decides which value to read. */
export function untracked<T>(fn: () => T): T {
  const saved = collectors.splice(0);
  refreshActive();
  try {
    return fn();
  } finally {
    collectors.push(...saved);
    refreshActive();
  }
}

/**
 * Test-only: runs `fn` with one record's value multiplied by `factor` wherever it is read, so a test
 * can see which outputs move with it. Caches must not serve while `observation.perturbed`.
 */
export function withPerturbation<T>(record: SourcedRecord, factor: number, fn: () => T): T {
  const before = perturbation;
  perturbation = { record, factor };
  refreshActive();
  try {
    return fn();
  } finally {
    perturbation = before;
    refreshActive();
  }
}
