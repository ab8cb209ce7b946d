/**
 * Presets of content/data/scenarios.json run by id: the one way the article, widgets, tests and bench
 * turn a preset into a step. The sites' own network (NIC bandwidth per GPU) wins over the hardware's
 * reference figure, so a preset runs on the site's system, not on a generic rack.
 */
import { figureMidpoint, latest, readLocation } from '../data/provenance';
import { noteRead } from '../data/read-tracker';
import { SCENARIO_ALIASES, type Scenario, scenarios, sites } from '../payload';
import { greatCircleKmUnchecked } from './geo';
import type { StepConfigInput } from './step-config';
import { type StepResult, simulateStepUnchecked } from './step-sim';

export { SCENARIO_ALIASES };
export const SCENARIO_IDS = scenarios.map((s) => s.id) as [string, ...string[]];

/** The preset an id names today: itself, or the successor of a renamed or removed id. */
export function resolveScenarioId(id: string): string | undefined {
  if (SCENARIO_IDS.includes(id)) return id;
  const successor = SCENARIO_ALIASES[id];
  return successor && SCENARIO_IDS.includes(successor) ? successor : undefined;
}

export function scenario(id: string): Scenario {
  const resolved = resolveScenarioId(id);
  const found = scenarios.find((s) => s.id === resolved);
  if (!found) throw new RangeError(`no preset "${id}"; known: ${SCENARIO_IDS.join(', ')}`);
  return found;
}

const siteRecord = (id: string) => sites.find((s) => s.id === id);

/** Great-circle distance between a preset's two sites, from their locations in sites.json. */
export function scenarioDistanceKm(s: Scenario): number {
  const a = siteRecord(s.siteA);
  const b = siteRecord(s.siteB);
  if (!a || !b) throw new Error(`scenario ${s.id}: unknown site`);
  return greatCircleKmUnchecked(readLocation(a.location), readLocation(b.location));
}

/**
 * The sites' published scale-out bandwidth per GPU (the slower of the two), with its record, or
 * undefined when neither site publishes one and the hardware's reference NIC applies.
 */
export function scenarioNic(s: Scenario) {
  const figures = [s.siteA, s.siteB]
    .map((id) => siteRecord(id)?.figures.gpuScaleOutBytesPerS)
    .filter((f) => f !== undefined)
    .map((series) => latest(series));
  if (figures.length === 0) return undefined;
  return figures.reduce((a, b) => (figureMidpoint(b) < figureMidpoint(a) ? b : a));
}

export interface ScenarioOverrides {
  distanceKm?: number;
  bandwidthBytesPerS?: number;
  crossing?: 'data-parallel' | 'pipeline';
  /** False puts all gradients in one bucket, sent only after the backward pass ends. */
  overlap?: boolean;
  /** 1 runs the whole preset in one site (no WAN); the GPU count stays the same. */
  sites?: number;
  recompute?: boolean;
}

export function scenarioConfig(id: string, o: ScenarioOverrides = {}): StepConfigInput {
  const s = scenario(id);
  // Layout integers and the model's shape are modelling choices carrying the layout's one status.
  noteRead(s.layout);
  const { tp, pp, interleave, dpPerSite } = s.layout;
  const sitesUsed = o.sites ?? s.sites;
  const crossing = o.crossing ?? 'data-parallel';
  // Pipeline crossing: each site holds pp/sites stages of every replica, so the replicas count once.
  const dp = crossing === 'data-parallel' ? dpPerSite * s.sites : dpPerSite;
  const ppTotal = crossing === 'data-parallel' ? pp : pp * s.sites;
  const nic = scenarioNic(s);
  const multi = sitesUsed > 1;
  return {
    model: {
      params: figureMidpoint(s.model.params),
      ...(s.model.activeParams ? { activeParams: figureMidpoint(s.model.activeParams) } : {}),
      layers: s.model.layers,
      hidden: s.model.hidden,
      seqLen: figureMidpoint(s.model.seqLen),
      globalBatchTokens: figureMidpoint(s.model.globalBatchTokens),
    },
    gpu: s.gpu,
    gpus: tp * ppTotal * dp,
    layout: { tp, pp: ppTotal, dp, interleave },
    sites: sitesUsed,
    crossing,
    sharding: s.sharding,
    recompute: o.recompute ?? s.recompute,
    buckets: o.overlap === false ? 1 : s.buckets,
    ...(nic ? { nicBytesPerS: figureMidpoint(nic) } : {}),
    ...(s.moe ? { moe: s.moe } : {}),
    ...(s.precision ? { precision: s.precision } : {}),
    wan: {
      distanceKm: multi ? (o.distanceKm ?? scenarioDistanceKm(s)) : 0,
      bandwidthBytesPerS: o.bandwidthBytesPerS ?? figureMidpoint(s.wanBandwidthBytesPerS),
    },
  };
}

/**
 * simulateScenario (step-checked.ts) without parsing, for the browser: presets are validated at build
 * time (every preset's config passes parseStepConfig in scenario.test.ts) and overrides at the edge.
 */
export function simulateScenarioUnchecked(
  id: string,
  overrides: ScenarioOverrides = {},
): StepResult & { config: StepConfigInput } {
  const config = scenarioConfig(id, overrides);
  return { ...simulateStepUnchecked(config), config };
}
