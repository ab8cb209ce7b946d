/**
 * The validated data the browser needs, as plain JSON written at build time (build.ts, `npm run
 * data:payload`; payload.test.ts fails when payload.json differs from a fresh zod parse). No zod and no
 * schema here, so the engine, workers and islands read figures without parsing anything.
 */
import type { Hardware } from '../data/hardware';
import type { ModelParams } from '../data/model-params';
import type { Figure, FigureSeries, Status } from '../data/provenance';
import type { Scenario } from '../data/scenarios';
import type { URL_BOUND_SCHEMAS } from '../widgets/url-bounds';
import json from './payload.json';

export type { Figure, FigureSeries, Hardware, ModelParams, Scenario, Status };

export interface Bounds {
  min: number;
  max: number;
}

export interface PayloadSite {
  id: string;
  name: string;
  shortName: string;
  location: { lat: number; lon: number; status: Status; source: string };
  figures: { gpuScaleOutBytesPerS?: FigureSeries; rackPowerKw?: FigureSeries };
}

export interface Payload {
  sites: PayloadSite[];
  hardware: Hardware[];
  fiber: { speedOfLightKmPerS: Figure; defaultRouteFactor: Figure };
  modelParams: ModelParams;
  scenarios: Scenario[];
  /** Preset ids that were renamed or removed, each mapped to its successor. */
  scenarioAliases: Record<string, string>;
  /** Bounds of the widgets' URL fields (src/lib/widgets/url-bounds.ts). */
  urlBounds: Record<keyof typeof URL_BOUND_SCHEMAS, Bounds>;
  /** Stamped on every downloaded run (src/lib/widgets/versions.ts). */
  versions: { engine: string; data: string };
}

// The test holds this cast true: payload.json equals buildPayload(), whose types are the schemas'.
export const payload = json as unknown as Payload;

export const {
  sites,
  hardware,
  fiber,
  modelParams,
  scenarios,
  scenarioAliases: SCENARIO_ALIASES,
  urlBounds,
  versions,
} = payload;
