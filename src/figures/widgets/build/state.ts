/** URL state of the build-your-own widget: keys `build.*`. Sites s1..s8, links b1..b8 (Tbit/s). */
import { figureMidpoint } from '../../../lib/data/provenance';
import { sites, urlBounds } from '../../../lib/payload';
import { DEFAULT_ROUTE_FACTOR, LOW_COMM_DEFAULTS } from '../../../lib/sim/unchecked';
import { defineUrlState, enumField, numberField, type StateOf } from '../../../lib/url-state';
import { DEFAULT_SCENARIO_ID, presetBandwidthTbitPerS, presetField, scenarioById } from '../../../lib/widgets/presets';
import { type SiteChoice, siteOrPointField } from './site-field';

const siteIds = new Set(sites.map((s) => s.id));
const isSite = (id: string) => siteIds.has(id);
const preset = scenarioById(DEFAULT_SCENARIO_ID);
export const MAX_SITES = urlBounds.buildSites.max;
export const SLOTS = Array.from({ length: MAX_SITES }, (_, i) => i + 1);

/** What crosses the WAN: data-parallel replicas, a pipeline stage boundary, or DiLoCo's outer exchange. */
export const CROSSINGS = ['dp', 'pp', 'diloco'] as const;
export type BuildCrossingKey = (typeof CROSSINGS)[number];

/** The token control speaks trillions, as training budgets are quoted. */
export const TOKENS_PER_T = 1e12;

/** The token budget a preset brings (its run's), in trillions; null when the preset has no run. */
export function presetTokensT(presetId: string): number | null {
  const t = scenarioById(presetId).model.trainingTokens;
  return t ? figureMidpoint(t) / TOKENS_PER_T : null;
}

const siteFields = {
  s1: siteOrPointField(isSite, preset.siteA),
  s2: siteOrPointField(isSite, preset.siteB),
  s3: siteOrPointField(isSite, null),
  s4: siteOrPointField(isSite, null),
  s5: siteOrPointField(isSite, null),
  s6: siteOrPointField(isSite, null),
  s7: siteOrPointField(isSite, null),
  s8: siteOrPointField(isSite, null),
};
const bw = () => numberField(urlBounds.bandwidthTbitPerS, presetBandwidthTbitPerS(preset), 3);
const linkFields = { b1: bw(), b2: bw(), b3: bw(), b4: bw(), b5: bw(), b6: bw(), b7: bw(), b8: bw() };

export const buildFields = {
  preset: presetField(),
  n: numberField(urlBounds.buildSites, 2, 0),
  ...siteFields,
  ...linkFields,
  rf: numberField(urlBounds.routeFactor, DEFAULT_ROUTE_FACTOR, 2),
  x: enumField(CROSSINGS, 'dp'),
  h: numberField(urlBounds.buildH, LOW_COMM_DEFAULTS.innerStepsPerSync, 0),
  tok: numberField(urlBounds.buildTokensT, presetTokensT(DEFAULT_SCENARIO_ID) ?? 1, 3),
};

export const buildUrl = defineUrlState('build', buildFields);
export type BuildState = StateOf<typeof buildFields>;
export type SiteKey = keyof typeof siteFields;
export type LinkKey = keyof typeof linkFields;
export const siteKey = (slot: number) => `s${slot}` as SiteKey;
export const linkKey = (slot: number) => `b${slot}` as LinkKey;
export type { SiteChoice };

export function buildPresetState(presetId: string): BuildState {
  const s = scenarioById(presetId);
  const state = buildUrl.defaults();
  state.preset = s.id;
  state.s1 = s.siteA;
  state.s2 = s.siteB;
  const tbit = presetBandwidthTbitPerS(s);
  for (const slot of SLOTS) state[linkKey(slot)] = tbit;
  state.tok = presetTokensT(s.id) ?? state.tok;
  return buildUrl.normalize(state);
}
