/** URL state of the latency widget: keys `latency.*`. */
import { sites, urlBounds } from '../../../lib/payload';
import { DEFAULT_ROUTE_FACTOR } from '../../../lib/sim/unchecked';
import { defineUrlState, idField, latLonField, numberField, type StateOf } from '../../../lib/url-state';
import { DEFAULT_SCENARIO_ID, presetField, scenarioById } from '../../../lib/widgets/presets';

const siteIds = new Set(sites.map((s) => s.id));
const isSite = (id: string) => siteIds.has(id);
const defaultScenario = scenarioById(DEFAULT_SCENARIO_ID);

export const latencyFields = {
  preset: presetField(),
  a: { ...idField(isSite), defaultValue: defaultScenario.siteA as string | null },
  b: { ...idField(isSite), defaultValue: defaultScenario.siteB as string | null },
  /** A point anywhere; when set it replaces site `a`. */
  pa: latLonField(2),
  pb: latLonField(2),
  rf: numberField(urlBounds.routeFactor, DEFAULT_ROUTE_FACTOR, 2),
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
