/**
 * Builds the browser's payload from the validated data (Node and build only: importing the data
 * barrel parses every file with zod and throws on a bad record). It never imports the engine, which
 * reads this payload. What the engine and widgets read in
 * the browser, and nothing else: figures keep value, unit, status, source and date, not their notes.
 */

import articleFiguresJson from '../../../content/data/article-figures.json';
import failureReferencesJson from '../../../content/data/failure-references.json';
import hardwareJson from '../../../content/data/hardware.json';
import linksJson from '../../../content/data/links.json';
import modelParamsJson from '../../../content/data/model-params.json';
import scenariosJson from '../../../content/data/scenarios.json';
import sitesJson from '../../../content/data/sites.json';
import { version } from '../../../package.json';
import { articleFigure } from '../article/article-figures';
import { failureReferences, hardware, links, runs, sites, sources } from '../data';
import { modelParams } from '../data/model-params';
import { SCENARIO_ALIASES, scenarios } from '../data/scenarios';
import type { TimelineEntry, TimelineEvent } from '../data/sites';
import { URL_BOUND_SCHEMAS } from '../widgets/url-bounds';
import { fnv1a } from './fnv1a';
import type { Bounds, Payload, PayloadSite } from './index';
import type { LowCommPayload } from './low-comm';

/**
 * Published low-communication results and the scenario's schedule, for the "Talking less" widget
 * (src/figures/widgets/talkless/published.ts), with the papers they cite.
 */
export const LOW_COMM_FIGURES = [
  'dilocoCommunicationReduction',
  'dilocoInnerSteps',
  'dilocoWorkers',
  'streamingBitsReduction',
  'streamingInnerSteps',
  'streamingReplicas',
  'streamingBitsPerValue',
  'streamingBaselineBitsPerValue',
  'intellectUtilisationPercent',
  'intellectBandwidthGbitPerS',
  'intellectNodes',
  'intellectInnerStepsPerSync',
  'intellectInnerComputeMinutes',
  'intellectBitsPerValue',
] as const;

/** The schedule's defaults in the talking-less widget: the scenario's and the streaming paper's. */
export const LOW_COMM_SCHEDULE = {
  h: 'scenario.innerStepsPerSync',
  frag: 'scenario.fragments',
  ov: 'streamingOverlapSteps',
  bits: 'streamingBitsPerValue',
} as const;

export function lowCommPayload(): LowCommPayload {
  const intellect = runs.find((r) => r.id === 'intellect-1');
  if (!intellect) throw new Error('runs.json: the intellect-1 run is missing');
  const figures = {
    ...Object.fromEntries(LOW_COMM_FIGURES.map((k) => [k, articleFigure(k)])),
    intellectParams: intellect.params,
  } as LowCommPayload['figures'];
  const cited = [...new Set(Object.values(figures).map((f) => f.source))];
  const schedule = Object.fromEntries(
    Object.entries(LOW_COMM_SCHEDULE).map(([k, path]) => [k, articleFigure(path)]),
  ) as LowCommPayload['schedule'];
  return {
    schedule,
    figures,
    sources: Object.fromEntries(
      cited.map((id) => {
        const s = sources.get(id);
        if (!s) throw new Error(`low-comm figures cite unknown source ${id}`);
        return [id, { publisher: s.publisher, date: s.date, url: s.url }];
      }),
    ),
  };
}

/**
 * Site figures the engine reads (scenario.ts: the sites' own NIC; params.ts: NVL72 rack power) and the
 * power widget's site presets (IT power).
 */
const SITE_FIGURES = ['gpuScaleOutBytesPerS', 'rackPowerKw', 'itPowerMw'] as const;
/** Dated events that bound a published construction span (the power widget's build time). */
const BUILD_MILESTONES: readonly TimelineEvent[] = ['construction-started', 'fully-operational'];

/** Drops `note` keys: explanations for the methods page and the data files, not for the engine. */
function withoutNotes<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutNotes) as T;
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => k !== 'note')
      .map(([k, v]) => [k, withoutNotes(v)]),
  ) as T;
}

/** The dated events of BUILD_MILESTONES, without their labels; no key for a site that publishes none. */
function buildMilestones(timeline: readonly TimelineEntry[]): Pick<PayloadSite, 'buildMilestones'> {
  const found = timeline
    .filter((t) => BUILD_MILESTONES.includes(t.event))
    .map(({ event, date, status, source }) => ({ event, date, status, source }));
  return found.length > 0 ? { buildMilestones: found } : {};
}

function boundsOf(schema: { minValue: number | null; maxValue: number | null }, what: string): Bounds {
  const { minValue: min, maxValue: max } = schema;
  if (min === null || max === null) throw new Error(`${what}: the schema needs min and max`);
  return { min, max };
}

export function buildPayload(): Payload {
  const payloadSites: PayloadSite[] = sites.map((s) => ({
    id: s.id,
    name: s.name,
    shortName: s.shortName,
    location: { lat: s.location.lat, lon: s.location.lon, status: s.location.status, source: s.location.source },
    figures: Object.fromEntries(SITE_FIGURES.filter((k) => s.figures[k]).map((k) => [k, s.figures[k]])),
    ...buildMilestones(s.timeline),
  }));
  const urlBounds = Object.fromEntries(
    Object.entries(URL_BOUND_SCHEMAS).map(([k, schema]) => [k, boundsOf(schema, k)]),
  ) as Payload['urlBounds'];
  return withoutNotes({
    sites: payloadSites,
    hardware: [...hardware],
    fiber: {
      speedOfLightKmPerS: links.fiber.speedOfLightKmPerS,
      defaultRouteFactor: links.fiber.defaultRouteFactor,
    },
    modelParams,
    scenarios: [...scenarios],
    scenarioAliases: { ...SCENARIO_ALIASES },
    // The published token count of each run a preset re-runs: the power widget's time to train.
    scenarioRunTokens: Object.fromEntries(
      runs.flatMap((r) => (r.tokens && scenarios.some((s) => s.run === r.id) ? [[r.id, r.tokens]] : [])),
    ),
    urlBounds,
    versions: {
      engine: version,
      // A hash of the data files the engine and the presets read: a changed figure changes it.
      data: fnv1a(
        JSON.stringify([
          hardwareJson,
          linksJson,
          modelParamsJson,
          scenariosJson,
          sitesJson,
          failureReferencesJson,
          articleFiguresJson,
        ]),
      ),
    },
    failureReferences,
  });
}

/** The payload as written to payload.json (stable key order, two-space indent, final newline). */
export function payloadJson(): string {
  return `${JSON.stringify(buildPayload(), null, 2)}\n`;
}

/** low-comm.json: only the talking-less widget's worker reads it, so the other workers do not carry it. */
export function lowCommJson(): string {
  return `${JSON.stringify(withoutNotes(lowCommPayload()), null, 2)}\n`;
}
