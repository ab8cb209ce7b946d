import { z } from 'zod';
import { observation, observedValue } from './read-tracker';

/**
 * Provenance travels with every figure, not with the record around it: one site can hold a
 * figure Microsoft published beside one a tracker estimated from satellite pictures.
 */
export const statusSchema = z.enum(['known', 'estimated', 'assumed']);
export type Status = z.infer<typeof statusSchema>;

/** Weakest first: a value computed from several inputs takes the weakest of their statuses. */
export const STATUS_ORDER: readonly Status[] = ['assumed', 'estimated', 'known'];

export function weakestStatus(statuses: readonly Status[]): Status {
  let weakest: Status = 'known';
  for (const s of statuses) {
    if (STATUS_ORDER.indexOf(s) < STATUS_ORDER.indexOf(weakest)) weakest = s;
  }
  return weakest;
}

export const sourceIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'a source id is lower-case words joined by hyphens' });

/** True for YYYY, YYYY-MM or YYYY-MM-DD naming a real calendar day (no 2026-02-30). */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo === undefined) return true;
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  const daysInMonth = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

/** ISO date with the precision the source gives: year, year-month or day. */
export const isoDateSchema = z
  .string()
  .refine(isIsoDate, { error: 'a date is YYYY, YYYY-MM or YYYY-MM-DD and names a real month and day' });

/** Every figure here is a magnitude (power, bytes, area, a ratio), so none may be negative. */
const magnitudeSchema = z.number().finite().nonnegative();

export const rangeSchema = z
  .object({ min: magnitudeSchema, max: magnitudeSchema })
  .strict()
  .refine((r) => r.min <= r.max, { error: 'min must not exceed max' });

export const figureSchema = z
  .object({
    value: z.union([magnitudeSchema, rangeSchema]),
    /** Empty only for a pure number such as a refractive index; ratios use "×". */
    unit: z.string(),
    status: statusSchema,
    source: sourceIdSchema,
    asOf: isoDateSchema,
    /** How the figure was derived or converted (e.g. "bidirectional 1.8 TB/s halved"). */
    note: z.string().optional(),
  })
  .strict();
export type Figure = z.infer<typeof figureSchema>;

/** A figure that moved over time: entries in date order, the last is the current one. */
export const figureSeriesSchema = z
  .array(figureSchema)
  .min(1)
  .refine((s) => s.every((f, i) => i === 0 || (s[i - 1]?.asOf ?? '') <= f.asOf), {
    error: 'entries of a time series must be in asOf order',
  });
export type FigureSeries = z.infer<typeof figureSeriesSchema>;

/** A claim that is not a number (a date, a design choice) still names its source. */
export const factSchema = z
  .object({
    text: z.string().min(1),
    status: statusSchema,
    source: sourceIdSchema,
    asOf: isoDateSchema,
  })
  .strict();
export type Fact = z.infer<typeof factSchema>;

/**
 * The one way a computation reads a figure's number: while a tracker is active (read-tracker.ts) the
 * read is noted, so the result's badge and sources come from what was read.
 */
export function figureMidpoint(f: Figure): number {
  const v = typeof f.value === 'number' ? f.value : (f.value.min + f.value.max) / 2;
  return observation.active ? observedValue(f, v) : v;
}

/** A figure's low and high ends (equal for a single value), read like `figureMidpoint`. */
export function figureRange(f: Figure): { min: number; max: number } {
  const r = typeof f.value === 'number' ? { min: f.value, max: f.value } : f.value;
  return observation.active ? { min: observedValue(f, r.min), max: observedValue(f, r.max) } : { ...r };
}

/** A place's coordinates (sites.json `location`), read like `figureMidpoint`. */
export function readLocation(l: { lat: number; lon: number; status: Status; source: string }): {
  lat: number;
  lon: number;
} {
  if (!observation.active) return { lat: l.lat, lon: l.lon };
  return { lat: observedValue(l, l.lat), lon: observedValue(l, l.lon) };
}

export function latest(series: FigureSeries): Figure {
  // The schema guarantees at least one entry.
  return series[series.length - 1] as Figure;
}
