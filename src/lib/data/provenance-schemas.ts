/**
 * The zod schemas of provenance (status, source id, date, figure, fact). Build and Node only: the
 * browser gets validated figures in the build-time payload (src/lib/payload/) and never loads zod.
 */
import { z } from 'zod';
import { isIsoDate, STATUSES } from './provenance';

export const statusSchema = z.enum(STATUSES);

export const sourceIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'a source id is lower-case words joined by hyphens' });

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

/** A figure that moved over time: entries in date order, the last is the current one. */
export const figureSeriesSchema = z
  .array(figureSchema)
  .min(1)
  .refine((s) => s.every((f, i) => i === 0 || (s[i - 1]?.asOf ?? '') <= f.asOf), {
    error: 'entries of a time series must be in asOf order',
  });

/** A claim that is not a number (a date, a design choice) still names its source. */
export const factSchema = z
  .object({
    text: z.string().min(1),
    status: statusSchema,
    source: sourceIdSchema,
    asOf: isoDateSchema,
  })
  .strict();
