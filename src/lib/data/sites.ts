import { z } from 'zod';
import {
  factSchema,
  figureSchema,
  figureSeriesSchema,
  isoDateSchema,
  sourceIdSchema,
  statusSchema,
} from './provenance-schemas';

export const siteIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*$/);

/**
 * Kinds of milestone, so the globe can tell "running" from "announced" without parsing labels.
 * The Wisconsin/Atlanta dates are the trap here: Atlanta ran from October 2025, Wisconsin only
 * from April 2026, so nothing may show both training together in November 2025.
 */
export const timelineEventSchema = z.enum([
  'announced',
  'construction-started',
  'first-operation',
  'public-launch',
  'equipment-online',
  'fully-operational',
  'expansion-planned',
]);
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

export const timelineEntrySchema = z
  .object({
    event: timelineEventSchema,
    date: isoDateSchema,
    label: z.string().min(1),
    status: statusSchema,
    source: sourceIdSchema,
    note: z.string().optional(),
  })
  .strict();
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

export const siteSchema = z
  .object({
    id: siteIdSchema,
    name: z.string().min(1),
    shortName: z.string().min(1),
    operator: z.string().min(1),
    /** Fairwater sites form the superfactory; the others are there for comparison. */
    role: z.enum(['superfactory', 'comparison']),
    place: z.string().min(1),
    location: z
      .object({
        lat: z.number().min(-90).max(90),
        lon: z.number().min(-180).max(180),
        status: statusSchema,
        source: sourceIdSchema,
        note: z.string().optional(),
      })
      .strict(),
    summary: z.string().min(1),
    /** Dated milestones, oldest first. */
    timeline: z
      .array(timelineEntrySchema)
      .default([])
      .refine((t) => t.every((e, i) => i === 0 || (t[i - 1]?.date ?? '') <= e.date), {
        error: 'timeline entries must be in date order',
      }),
    gpuModel: z.string().optional(),
    /** Numeric figures by name; each name says its meaning (itPowerMw, rackPowerKw, areaAcres...). */
    figures: z.record(z.string().regex(/^[a-z][A-Za-z0-9]*$/), figureSeriesSchema).default({}),
    facts: z.record(z.string().regex(/^[a-z][A-Za-z0-9]*$/), factSchema).default({}),
  })
  .strict();
export type Site = z.infer<typeof siteSchema>;
export const sitesFileSchema = z.array(siteSchema).min(1);

export { figureSchema };
