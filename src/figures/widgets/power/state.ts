/** URL state of the power widget: keys `power.*`. */
import { figureMidpoint, latest } from '../../../lib/data/provenance';
import { untracked } from '../../../lib/data/read-tracker';
import { type Figure, hardware, type PayloadSite, scenarioRunTokens, sites, urlBounds } from '../../../lib/payload';
import { PARAMS, SPLIT_SITE_COUNTS } from '../../../lib/sim/unchecked';
import { defineUrlState, enumField, idField, numberField, type StateOf } from '../../../lib/url-state';
import { DEFAULT_SCENARIO_ID, presetField, scenarioById } from '../../../lib/widgets/presets';

/** Sites with a published or estimated IT power: the site presets. */
export const POWER_SITES = sites.filter(
  (s): s is PayloadSite & { figures: { itPowerMw: NonNullable<PayloadSite['figures']['itPowerMw']> } } =>
    s.figures.itPowerMw !== undefined,
);
const powerSiteIds = new Set(POWER_SITES.map((s) => s.id));

/** Systems with a published power figure: a site's power can only be turned into GPUs of these. */
export const POWER_GPU_IDS = hardware
  .filter((h) => h.powerW !== undefined || h.rackPowerPerGpuW !== undefined)
  .map((h) => h.id) as [string, ...string[]];

export const SITE_COUNT_OPTIONS = SPLIT_SITE_COUNTS.map(String) as ['1', '2', '4', '8'];

export const siteItPowerFigure = (id: string | null): Figure | undefined => {
  const site = POWER_SITES.find((s) => s.id === id);
  return site ? latest(site.figures.itPowerMw) : undefined;
};
const siteItPowerMw = (id: string | null) => {
  const f = untracked(() => siteItPowerFigure(id));
  return f ? untracked(() => figureMidpoint(f)) : urlBounds.powerItMw.min;
};

/** The tokens of the published run a preset re-runs, if it names one. */
export const presetRunTokens = (presetId: string): Figure | undefined => {
  const run = scenarioById(presetId).run;
  return run ? scenarioRunTokens[run] : undefined;
};
const TRILLION = 1e12;
const defaultTokensFigure = presetRunTokens(DEFAULT_SCENARIO_ID);
const preset = scenarioById(DEFAULT_SCENARIO_ID);

export const powerFields = {
  preset: presetField(),
  /** The site whose IT power sets `mw`; a reader's own MW keeps the site for its milestones. */
  site: { ...idField((id) => powerSiteIds.has(id)), defaultValue: preset.siteA as string | null },
  /** IT power of one site, MW. */
  mw: numberField(urlBounds.powerItMw, siteItPowerMw(preset.siteA), 0),
  // The data's PUE is a range's midpoint; the URL holds two decimals, so the default does too.
  pue: numberField(urlBounds.powerPue, Number(untracked(() => PARAMS.pue).toFixed(2)), 2),
  gpu: enumField(POWER_GPU_IDS, preset.gpu),
  /** Sites the same cluster is split over, against one site holding it all. */
  n: enumField(SITE_COUNT_OPTIONS, String(preset.sites) as (typeof SITE_COUNT_OPTIONS)[number]),
  /** Tokens to train, in trillions. */
  tt: numberField(
    urlBounds.powerTokensT,
    defaultTokensFigure ? untracked(() => figureMidpoint(defaultTokensFigure)) / TRILLION : urlBounds.powerTokensT.min,
    2,
  ),
};

export const powerUrl = defineUrlState('power', powerFields);
export type PowerState = StateOf<typeof powerFields>;

export const tokensOf = (state: PowerState) => state.tt * TRILLION;

/** Choosing a site sets the IT power to its latest figure. */
export function withSite(state: PowerState, siteId: string): PowerState {
  if (!powerSiteIds.has(siteId)) return state;
  return powerUrl.normalize({ ...state, site: siteId, mw: siteItPowerMw(siteId) });
}

export function powerPresetState(presetId: string): PowerState {
  const s = scenarioById(presetId);
  const tokens = presetRunTokens(s.id);
  const site = powerSiteIds.has(s.siteA) ? s.siteA : (POWER_SITES[0]?.id ?? null);
  return powerUrl.normalize({
    ...powerUrl.defaults(),
    preset: s.id,
    site,
    mw: siteItPowerMw(site),
    gpu: POWER_GPU_IDS.includes(s.gpu) ? s.gpu : preset.gpu,
    n: SITE_COUNT_OPTIONS.includes(String(s.sites) as '2') ? (String(s.sites) as '2') : '1',
    tt: tokens ? untracked(() => figureMidpoint(tokens)) / TRILLION : powerUrl.defaults().tt,
  });
}
