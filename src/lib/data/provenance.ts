import { z } from 'zod';

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

/** ISO date with the precision the source gives: year, year-month or day. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: 'a date is YYYY, YYYY-MM or YYYY-MM-DD' });

export const rangeSchema = z
  .object({ min: z.number().finite(), max: z.number().finite() })
  .strict()
  .refine((r) => r.min <= r.max, { error: 'min must not exceed max' });

export const figureSchema = z
  .object({
    value: z.union([z.number().finite(), rangeSchema]),
    /** Empty for a dimensionless number (a ratio, an index). */
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

export function figureMidpoint(f: Figure): number {
  return typeof f.value === 'number' ? f.value : (f.value.min + f.value.max) / 2;
}

export function latest(series: FigureSeries): Figure {
  // The schema guarantees at least one entry.
  return series[series.length - 1] as Figure;
}
