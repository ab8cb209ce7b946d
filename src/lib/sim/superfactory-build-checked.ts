/** The parsed public API of superfactory-build.ts: bad input throws SimInputError naming the field. */
import { z } from 'zod';
import { latLonSchema } from './geo-checked';
import { SCENARIO_IDS } from './scenario';
import { bounded, boundedInt, parseInput } from './schemas';
import {
  BUILD_CROSSINGS,
  BUILD_SITES,
  ringLinks,
  type SuperfactoryBuild,
  type SuperfactoryBuildInput,
  superfactoryBuildUnchecked,
} from './superfactory-build';

export const superfactoryBuildSchema = z
  .object({
    scenarioId: z.enum(SCENARIO_IDS),
    sites: z.array(latLonSchema).min(BUILD_SITES.min).max(BUILD_SITES.max),
    links: z.array(z.object({ routeFactor: bounded(1, 5), bandwidthBytesPerS: bounded(1e6, 1e18) })),
    crossing: z.enum(BUILD_CROSSINGS),
    innerStepsPerSync: boundedInt(1, 100_000),
    tokens: bounded(1e6, 1e17),
  })
  .refine((x) => x.links.length === ringLinks(x.sites.length).length, {
    message: 'one link per pair of neighbouring sites in the ring',
    path: ['links'],
  });

export function superfactoryBuild(input: SuperfactoryBuildInput): SuperfactoryBuild {
  return superfactoryBuildUnchecked(parseInput(superfactoryBuildSchema, input, 'superfactoryBuild'));
}
