/**
 * The validated data the browser needs, as plain JSON written at build time (build.ts, `npm run
 * data:payload`; payload.test.ts fails when payload.json differs from a fresh zod parse). No zod and no
 * schema here, so the engine, workers and islands read figures without parsing anything.
 */
import type { FailureReferences } from '../data/failure-references';
import type { Hardware } from '../data/hardware';
import type { ModelParams } from '../data/model-params';
import type { Figure, FigureSeries, Status } from '../data/provenance';
import type { Scenario } from '../data/scenarios';
import type { TimelineEntry } from '../data/sites';
import type { URL_BOUND_SCHEMAS } from '../widgets/url-bounds';
// Named imports: the bundler keeps only the keys a chunk reads, so each widget's worker carries the slice
// of the payload its model reads (the failure references only in the failures worker, and so on).
import {
  failureReferences as failureReferencesJson,
  fiber as fiberJson,
  hardware as hardwareJson,
  modelParams as modelParamsJson,
  scenarioAliases as scenarioAliasesJson,
  scenarioRunTokens as scenarioRunTokensJson,
  scenarios as scenariosJson,
  sites as sitesJson,
  urlBounds as urlBoundsJson,
  versions as versionsJson,
} from './payload.json';

export type { FailureReferences, Figure, FigureSeries, Hardware, ModelParams, Scenario, Status };

export interface Bounds {
  min: number;
  max: number;
}

export interface PayloadSite {
  id: string;
  name: string;
  shortName: string;
  location: { lat: number; lon: number; status: Status; source: string };
  figures: { gpuScaleOutBytesPerS?: FigureSeries; rackPowerKw?: FigureSeries; itPowerMw?: FigureSeries };
  /** Construction started and fully operational, where published (labels and notes left out). */
  buildMilestones?: Pick<TimelineEntry, 'event' | 'date' | 'status' | 'source'>[];
}

export interface Payload {
  sites: PayloadSite[];
  hardware: Hardware[];
  fiber: { speedOfLightKmPerS: Figure; defaultRouteFactor: Figure };
  modelParams: ModelParams;
  scenarios: Scenario[];
  /** Preset ids that were renamed or removed, each mapped to its successor. */
  scenarioAliases: Record<string, string>;
  /** Tokens trained by each published run a preset names (runs.json), by run id. */
  scenarioRunTokens: Record<string, Figure>;
  /** Bounds of the widgets' URL fields (src/lib/widgets/url-bounds.ts). */
  urlBounds: Record<keyof typeof URL_BOUND_SCHEMAS, Bounds>;
  /** Stamped on every downloaded run (src/lib/widgets/versions.ts). */
  versions: { engine: string; data: string };
  /** Published goodput under failures and the elastic pause (content/data/failure-references.json). */
  failureReferences: FailureReferences;
}

// The test holds these casts true: payload.json equals buildPayload(), whose types are the schemas'.
export const sites = sitesJson as unknown as Payload['sites'];
export const hardware = hardwareJson as unknown as Payload['hardware'];
export const fiber = fiberJson as unknown as Payload['fiber'];
export const modelParams = modelParamsJson as unknown as Payload['modelParams'];
export const scenarios = scenariosJson as unknown as Payload['scenarios'];
export const SCENARIO_ALIASES = scenarioAliasesJson as unknown as Payload['scenarioAliases'];
export const scenarioRunTokens = scenarioRunTokensJson as unknown as Payload['scenarioRunTokens'];
export const urlBounds = urlBoundsJson as unknown as Payload['urlBounds'];
export const versions = versionsJson as unknown as Payload['versions'];
export const failureReferences = failureReferencesJson as unknown as Payload['failureReferences'];

/** The whole payload in one object (tests walk it); a browser chunk that imports it carries every key. */
export const payload: Payload = {
  sites,
  hardware,
  fiber,
  modelParams,
  scenarios,
  scenarioAliases: SCENARIO_ALIASES,
  scenarioRunTokens,
  urlBounds,
  versions,
  failureReferences,
};
