import { z } from 'zod';
import { factSchema, figureSchema } from './provenance-schemas';
import { siteIdSchema } from './sites';

/** Physical constants and rules of thumb for light in fibre and route lengths. */
export const fiberSchema = z
  .object({
    speedOfLightKmPerS: figureSchema,
    groupIndex: figureSchema,
    hollowCoreGroupIndex: figureSchema,
    hollowCoreLatencyReductionPercent: figureSchema.optional(),
    /** Median conduit path / great-circle (Bozkurt et al.). */
    conduitRouteFactor: figureSchema,
    /** Measured Internet latency / great-circle at fibre speed. */
    internetRouteFactor: figureSchema,
    /** Default route factor used when a link has no published route length. */
    defaultRouteFactor: figureSchema,
    equipmentDelayMs: figureSchema,
    fiberPairCapacityBytesPerS: figureSchema,
  })
  .strict();

export const linkSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/)
      // `links.fiber.x` and `links.wan.x` are lookup paths, so no link may take those ids.
      .refine((id) => id !== 'fiber' && id !== 'wan', { error: 'the link ids "fiber" and "wan" are reserved' }),
    name: z.string().min(1),
    from: siteIdSchema,
    to: siteIdSchema,
    /** Routes are not public: every drawn path is schematic. */
    schematic: z.literal(true),
    routeFactor: figureSchema.optional(),
    bandwidthBytesPerS: figureSchema.optional(),
    /** Other figures by name (routeLengthKm...); each name carries its unit. */
    figures: z.record(z.string().regex(/^[a-z][A-Za-z0-9]*$/), figureSchema).default({}),
    facts: z.record(z.string(), factSchema).default({}),
  })
  .strict();

export const linksFileSchema = z
  .object({
    fiber: fiberSchema,
    wan: z
      .object({
        name: z.string(),
        summary: z.string(),
        figures: z.record(z.string().regex(/^[a-z][A-Za-z0-9]*$/), figureSchema),
        facts: z.record(z.string(), factSchema).default({}),
      })
      .strict(),
    links: z.array(linkSchema).min(1),
  })
  .strict();
export type LinksFile = z.infer<typeof linksFileSchema>;
export type Link = z.infer<typeof linkSchema>;
