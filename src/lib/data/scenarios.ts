/**
 * Widget presets ("scenarios"): a whole configuration a widget can start from. Every number that
 * stands for something in the world is a sourced figure, so a preset built on assumptions says so;
 * layout integers are modelling choices that carry one status for the whole layout.
 *
 * A preset may reference instead of retyping: `run` takes the model, batch and TP×PP×DP layout from
 * runs.json, `link` takes the two sites from links.json, and `wanBandwidthBytesPerS` may be a
 * `{ "ref": "<lookupFigure path>" }`. The loader resolves them, so every consumer sees one shape.
 * Preset ids are stable: a renamed or removed id stays in SCENARIO_ALIASES, pointing at its successor.
 */
import { z } from 'zod';
import scenariosJson from '../../../content/data/scenarios.json';
import { hardware, links, lookupFigure, runs, sites, sources } from './index';
import type { Figure } from './provenance';
import { figureSchema, sourceIdSchema, statusSchema } from './provenance-schemas';
import { DataError, parseDataFile } from './validate';

const count = (max: number) => z.number().int().min(1).max(max);
const refSchema = z.object({ ref: z.string().min(1) }).strict();

const modelSchema = z
  .object({
    params: figureSchema,
    /** Mixture-of-experts: parameters used per token. */
    activeParams: figureSchema.optional(),
    layers: count(1000),
    hidden: count(1_000_000),
    seqLen: figureSchema,
    globalBatchTokens: figureSchema,
    /** Tokens the model was trained on, from its run (a build-your-own widget's token budget). */
    trainingTokens: figureSchema.optional(),
  })
  .strict();

const layoutSchema = z
  .object({
    tp: count(1024),
    pp: count(1024),
    interleave: count(64),
    dpPerSite: count(10_000_000),
    status: statusSchema,
    source: sourceIdSchema,
    note: z.string().optional(),
  })
  .strict();

/** About what a closed <select> shows on a 375 px phone at the widget's type size. */
export const MENU_LABEL_MAX_CHARS = 32;

const commonFields = {
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  label: z.string().min(1),
  /** What the preset menus show when `label` would be cut on a phone (a closed <select> never wraps). */
  menuLabel: z.string().min(1).max(MENU_LABEL_MAX_CHARS).optional(),
  summary: z.string().min(1),
  gpu: z.string().min(1),
  sites: count(16),
  buckets: count(64),
  sharding: z.enum(['none', 'zero1', 'zero2', 'zero3']),
  recompute: z.boolean().default(false),
  /** Mixture-of-experts: routed experts, experts per token, expert-parallel ranks (inside a site). */
  moe: z
    .object({ experts: count(4096), activeExperts: count(256), ep: count(4096) })
    .strict()
    .optional(),
  precision: z.enum(['bf16', 'fp8']).optional(),
  /** Shown on screen beside the widget whenever this preset is chosen. */
  assumptions: z.array(z.string().min(1)).min(1),
};

export const scenarioFileEntrySchema = z
  .object({
    ...commonFields,
    /** Either both sites by id, or a link of links.json whose ends are the sites. */
    siteA: z.string().min(1).optional(),
    siteB: z.string().min(1).optional(),
    link: z.string().min(1).optional(),
    /** A run of runs.json whose model, batch and TP×PP×DP layout the preset takes. */
    run: z.string().min(1).optional(),
    model: modelSchema.optional(),
    /** With `run`: only interleave (and its provenance), the rest comes from the run. */
    layout: z.union([
      layoutSchema,
      z
        .object({ interleave: count(64), status: statusSchema, source: sourceIdSchema, note: z.string().optional() })
        .strict(),
    ]),
    wanBandwidthBytesPerS: z.union([figureSchema, refSchema]),
  })
  .strict();
type ScenarioFileEntry = z.infer<typeof scenarioFileEntrySchema>;

export const scenarioSchema = z
  .object({
    ...commonFields,
    siteA: z.string().min(1),
    siteB: z.string().min(1),
    /** The run or link the preset references, when it does. */
    run: z.string().optional(),
    link: z.string().optional(),
    model: modelSchema,
    layout: layoutSchema,
    wanBandwidthBytesPerS: figureSchema,
  })
  .strict();
export type Scenario = z.infer<typeof scenarioSchema>;
export const scenariosFileSchema = z.array(scenarioFileEntrySchema).min(1);

/** Ids that were renamed or removed, each mapped to the preset that replaced it. */
export const SCENARIO_ALIASES: Readonly<Record<string, string>> = {
  'llama3-405b-split': 'worked-example',
};

const FILE = 'content/data/scenarios.json';

function resolve(s: ScenarioFileEntry, problems: string[]): Scenario | undefined {
  const where = `${s.id}`;
  const link = s.link ? links.links.find((l) => l.id === s.link) : undefined;
  if (s.link && !link) problems.push(`${where}: unknown link "${s.link}"`);
  const siteA = s.siteA ?? link?.from;
  const siteB = s.siteB ?? link?.to;
  if (link && (siteA !== link.from || siteB !== link.to))
    problems.push(`${where}: sites ${siteA}, ${siteB} are not the ends of link "${link.id}"`);
  if (!siteA || !siteB) {
    problems.push(`${where}: give siteA and siteB, or a link`);
    return undefined;
  }
  let model = s.model;
  let layout = 'tp' in s.layout ? s.layout : undefined;
  if (s.run) {
    const r = runs.find((x) => x.id === s.run);
    if (!r) {
      problems.push(`${where}: unknown run "${s.run}"`);
      return undefined;
    }
    if (!r.layout || !r.layers || !r.hidden || !r.seqLen || !r.globalBatchTokens) {
      problems.push(`${where}: run "${s.run}" lacks a layout, layers, hidden, seqLen or globalBatchTokens`);
      return undefined;
    }
    if (r.layout.dp % s.sites !== 0)
      problems.push(`${where}: run dp ${r.layout.dp} does not split over ${s.sites} sites`);
    model = {
      params: r.params,
      layers: r.layers.value as number,
      hidden: r.hidden.value as number,
      seqLen: r.seqLen,
      globalBatchTokens: r.globalBatchTokens,
      ...(r.tokens ? { trainingTokens: r.tokens } : {}),
    };
    layout = {
      tp: r.layout.tp,
      pp: r.layout.pp,
      dpPerSite: r.layout.dp / s.sites,
      interleave: s.layout.interleave,
      status: s.layout.status,
      source: s.layout.source,
      ...(s.layout.note ? { note: s.layout.note } : {}),
    };
  }
  if (!model || !layout) {
    problems.push(`${where}: give model and layout, or a run`);
    return undefined;
  }
  let bandwidth: Figure;
  if ('ref' in s.wanBandwidthBytesPerS) {
    try {
      bandwidth = lookupFigure(s.wanBandwidthBytesPerS.ref).figure;
    } catch (e) {
      problems.push(`${where}: ${(e as Error).message}`);
      return undefined;
    }
  } else bandwidth = s.wanBandwidthBytesPerS;
  const { link: _l, run: _r, siteA: _a, siteB: _b, model: _m, layout: _y, wanBandwidthBytesPerS: _w, ...rest } = s;
  return {
    ...rest,
    siteA,
    siteB,
    ...(s.run ? { run: s.run } : {}),
    ...(s.link ? { link: s.link } : {}),
    model,
    layout,
    wanBandwidthBytesPerS: bandwidth,
  };
}

/** Cross-checks zod cannot do: ids unique, references resolve, sites, hardware and sources exist. */
export function checkScenarios(list: readonly ScenarioFileEntry[]): Scenario[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const siteIds = new Set(sites.map((s) => s.id));
  const gpuIds = new Set<string>(hardware.map((h) => h.id));
  const out: Scenario[] = [];
  for (const entry of list) {
    if (seen.has(entry.id)) problems.push(`scenario id "${entry.id}" is used twice`);
    if (entry.id in SCENARIO_ALIASES) problems.push(`scenario id "${entry.id}" is also an alias`);
    seen.add(entry.id);
    const s = resolve(entry, problems);
    if (!s) continue;
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
    out.push(s);
  }
  if (problems.length) throw new DataError(`Invalid data in ${FILE}:\n  ${problems.join('\n  ')}`);
  return out;
}

export const scenarios: readonly Scenario[] = checkScenarios(parseDataFile(scenariosFileSchema, scenariosJson, FILE));

for (const [from, to] of Object.entries(SCENARIO_ALIASES))
  if (!scenarios.some((s) => s.id === to))
    throw new DataError(`${FILE}: alias "${from}" points at no preset ("${to}")`);

/** The preset's name in a menu: short enough that a phone's closed <select> shows all of it. */
export function menuLabelOf(s: Pick<Scenario, 'label' | 'menuLabel'>): string {
  return s.menuLabel ?? s.label;
}
