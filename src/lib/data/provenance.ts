/**
 * Provenance travels with every figure, not with the record around it: one site can hold a
 * figure Microsoft published beside one a tracker estimated from satellite pictures. No zod here
 * (its schemas are in provenance-schemas.ts), so the engine and widgets read figures in the browser.
 */
import type { z } from 'zod';
import type { figureSchema, figureSeriesSchema } from './provenance-schemas';
import { observation, observedValue } from './read-tracker';

export const STATUSES = ['known', 'estimated', 'assumed'] as const;
export type Status = (typeof STATUSES)[number];

/** Weakest first: a value computed from several inputs takes the weakest of their statuses. */
export const STATUS_ORDER: readonly Status[] = ['assumed', 'estimated', 'known'];

export function weakestStatus(statuses: readonly Status[]): Status {
  let weakest: Status = 'known';
  for (const s of statuses) {
    if (STATUS_ORDER.indexOf(s) < STATUS_ORDER.indexOf(weakest)) weakest = s;
  }
  return weakest;
}

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

export type Figure = z.infer<typeof figureSchema>;
export type FigureSeries = z.infer<typeof figureSeriesSchema>;

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
