/** The parsed public API of site-split.ts: bad input throws SimInputError naming the field and its range. */
import { z } from 'zod';
import { SCENARIO_IDS } from './scenario';
import { bounded, gpuIdSchema, parseInput } from './schemas';
import { type SiteSplitInput, type SiteSplitResult, SPLIT_SITE_COUNTS, siteSplitUnchecked } from './site-split';

export const siteSplitSchema = z.object({
  scenario: z.enum(SCENARIO_IDS),
  gpu: gpuIdSchema,
  itPowerMwPerSite: bounded(0, 100_000),
  pue: bounded(1, 3).optional(),
  sites: z.union(SPLIT_SITE_COUNTS.map((n) => z.literal(n))),
  tokens: bounded(1e6, 1e17),
});

/** One mega-site against N sites: power per site, step, days to train and the utilisation the WAN costs. */
export function siteSplit(input: SiteSplitInput): SiteSplitResult {
  return siteSplitUnchecked(parseInput(siteSplitSchema, input, 'siteSplit'));
}
