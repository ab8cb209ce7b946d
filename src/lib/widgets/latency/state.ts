/** URL state of the latency widget: keys `latency.*`. */
import { z } from 'zod';
import { sites } from '../../data';
import { DEFAULT_ROUTE_FACTOR } from '../../sim';
import { defineUrlState, idField, latLonField, numberField, type StateOf } from '../../url-state';
import { DEFAULT_SCENARIO_ID, presetField, scenarioById } from '../presets';

const siteIds = new Set(sites.map((s) => s.id));
const isSite = (id: string) => siteIds.has(id);
const defaultScenario = scenarioById(DEFAULT_SCENARIO_ID);

/** Route factor bounds for the slider: 1 (a straight fibre) to 3 (worse than the Internet's ~2.1). */
export const ROUTE_FACTOR_SCHEMA = z.number().min(1).max(3);

export const latencyFields = {
  preset: presetField(),
  a: { ...idField(isSite), defaultValue: defaultScenario.siteA as string | null },
  b: { ...idField(isSite), defaultValue: defaultScenario.siteB as string | null },
  /** A point anywhere; when set it replaces site `a`. */
  pa: latLonField(2),
  pb: latLonField(2),
  rf: numberField(ROUTE_FACTOR_SCHEMA, DEFAULT_ROUTE_FACTOR, 2),
};

export const latencyUrl = defineUrlState('latency', latencyFields);
export type LatencyState = StateOf<typeof latencyFields>;

export function latencyPresetState(presetId: string): LatencyState {
  const s = scenarioById(presetId);
  const state = latencyUrl.defaults();
  state.preset = s.id;
  state.a = s.siteA;
  state.b = s.siteB;
  return state;
}
