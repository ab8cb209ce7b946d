/**
 * Widget presets ("scenarios"): a whole configuration a widget can start from. Every number that
 * stands for something in the world is a sourced figure, so a preset built on assumptions says so;
 * layout integers are modelling choices that carry one status for the whole layout.
 */
import { z } from 'zod';
import scenariosJson from '../../../content/data/scenarios.json';
import { hardware, sites, sources } from './index';
import { figureSchema, sourceIdSchema, statusSchema } from './provenance';
import { DataError, parseDataFile } from './validate';

const count = (max: number) => z.number().int().min(1).max(max);

export const scenarioSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    label: z.string().min(1),
    summary: z.string().min(1),
    siteA: z.string().min(1),
    siteB: z.string().min(1),
    gpu: z.string().min(1),
    sites: count(16),
    model: z
      .object({
        params: figureSchema,
        /** Mixture-of-experts: parameters used per token. */
        activeParams: figureSchema.optional(),
        layers: count(1000),
        hidden: count(1_000_000),
        seqLen: figureSchema,
        globalBatchTokens: figureSchema,
      })
      .strict(),
    layout: z
      .object({
        tp: count(1024),
        pp: count(1024),
        interleave: count(64),
        dpPerSite: count(10_000_000),
        status: statusSchema,
        source: sourceIdSchema,
        note: z.string().optional(),
      })
      .strict(),
    /** Mixture-of-experts: routed experts, experts per token, expert-parallel ranks (inside a site). */
    moe: z
      .object({ experts: count(4096), activeExperts: count(256), ep: count(4096) })
      .strict()
      .optional(),
    precision: z.enum(['bf16', 'fp8']).optional(),
    wanBandwidthBytesPerS: figureSchema,
    buckets: count(64),
    sharding: z.enum(['none', 'zero1', 'zero2', 'zero3']),
    /** Shown on screen beside the widget whenever this preset is chosen. */
    assumptions: z.array(z.string().min(1)).min(1),
  })
  .strict();
export type Scenario = z.infer<typeof scenarioSchema>;
export const scenariosFileSchema = z.array(scenarioSchema).min(1);

const FILE = 'content/data/scenarios.json';

/** Cross-checks zod cannot do: ids unique, sites, hardware and sources exist. */
export function checkScenarios(list: readonly Scenario[]): void {
  const problems: string[] = [];
  const seen = new Set<string>();
  const siteIds = new Set(sites.map((s) => s.id));
  const gpuIds = new Set<string>(hardware.map((h) => h.id));
  for (const s of list) {
    if (seen.has(s.id)) problems.push(`scenario id "${s.id}" is used twice`);
    seen.add(s.id);
    for (const site of [s.siteA, s.siteB]) if (!siteIds.has(site)) problems.push(`${s.id}: unknown site "${site}"`);
    if (!gpuIds.has(s.gpu)) problems.push(`${s.id}: unknown hardware "${s.gpu}"`);
    const figureSources = [
      s.model.params.source,
      s.model.seqLen.source,
      s.model.globalBatchTokens.source,
      s.wanBandwidthBytesPerS.source,
      s.layout.source,
    ];
    for (const id of figureSources) if (!sources.has(id)) problems.push(`${s.id}: unknown source "${id}"`);
  }
  if (problems.length) throw new DataError(`Invalid data in ${FILE}:\n  ${problems.join('\n  ')}`);
}

export const scenarios: readonly Scenario[] = parseDataFile(scenariosFileSchema, scenariosJson, FILE);
checkScenarios(scenarios);
