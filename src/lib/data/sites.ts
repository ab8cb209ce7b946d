import { z } from 'zod';
import { factSchema, figureSchema, figureSeriesSchema, sourceIdSchema } from './provenance';

export const siteIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*$/);

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
        status: z.enum(['known', 'estimated', 'assumed']),
        source: sourceIdSchema,
        note: z.string().optional(),
      })
      .strict(),
    summary: z.string().min(1),
    /** Dated milestones: announced, broke ground, first operation, fully operational. */
    timeline: z.array(factSchema.extend({ date: z.string(), event: z.string() }).omit({ text: true })).default([]),
    gpuModel: z.string().optional(),
    /** Numeric figures by name; each name says its meaning (itPowerMw, rackPowerKw, areaAcres...). */
    figures: z.record(z.string().regex(/^[a-z][A-Za-z0-9]*$/), figureSeriesSchema).default({}),
    facts: z.record(z.string().regex(/^[a-z][A-Za-z0-9]*$/), factSchema).default({}),
  })
  .strict();
export type Site = z.infer<typeof siteSchema>;
export const sitesFileSchema = z.array(siteSchema).min(1);

export { figureSchema };
