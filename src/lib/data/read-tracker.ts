/**
 * Records which sourced records a computation reads while it runs, so a computed figure's badge is
 * the weakest status of what it actually read and its sources are what it actually cited: a list
 * typed beside the computation drifted from it (issue 12). The readers (`figureMidpoint` and its
 * siblings in provenance.ts, the engine's parameter accessors) call `observedValue` only while a
 * tracker is active or a test perturbs the data, so untracked code pays one property test per read.
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

function refreshActive(): void {
  observation.active = collectors.length > 0 || observation.perturbed;
}

/** Called by a reader when `observation.active`: notes the read. */
export function observedValue(record: SourcedRecord, value: number): number {
  for (const c of collectors) c.add(record);
  return value;
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
 * Test-only: scales records' numbers in place while `fn` runs (restored after), so a test can see
 * which outputs move with them. Scaling the record itself, not the reader's result, also moves any
 * code that reads `.value` behind the readers' backs, which the test then catches. An integer moves
 * by at least one, so it stays an integer. Caches must not serve while `observation.perturbed`.
 */
export function withPerturbation<T>(changes: readonly { record: SourcedRecord; factor: number }[], fn: () => T): T {
  const restore: (() => void)[] = [];
  const scaled = (v: number, factor: number) =>
    Number.isInteger(v) && v >= 1 ? v + Math.max(1, Math.round(v * Math.abs(factor - 1))) : v * factor;
  for (const { record, factor } of changes) {
    const target = record as unknown as Record<string, unknown>;
    for (const key of ['value', 'lat', 'lon']) {
      const v = target[key];
      if (typeof v === 'number') target[key] = scaled(v, factor);
      else if (v && typeof v === 'object') {
        const r = v as { min: number; max: number };
        target[key] = { min: scaled(r.min, factor), max: scaled(r.max, factor) };
      } else continue;
      restore.push(() => {
        target[key] = v;
      });
    }
  }
  const before = observation.perturbed;
  observation.perturbed = true;
  refreshActive();
  try {
    return fn();
  } finally {
    // Last change first: a record listed twice gets its original numbers back, not its once-scaled ones.
    for (const undo of restore.reverse()) undo();
    observation.perturbed = before;
    refreshActive();
  }
}
