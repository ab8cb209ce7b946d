/** URL state of the talking-less widget: keys `talkless.*`. */
import { figureMidpoint } from '../../../lib/data/provenance';
import { urlBounds } from '../../../lib/payload';
import { lowCommSchedule } from '../../../lib/payload/low-comm';
import { defineUrlState, enumField, numberField, type StateOf } from '../../../lib/url-state';
import {
  DEFAULT_SCENARIO_ID,
  presetBandwidthTbitPerS,
  presetField,
  scenarioById,
  scenarioDistanceKm,
} from '../../../lib/widgets/presets';
import { bandwidthField, distanceField } from '../../shared/wan-fields';
import { METHOD_KEYS } from './labels';

/** The schedule's defaults are the scenario's and the streaming paper's figures, read from the data. */
export const SCHEDULE_FIGURES = lowCommSchedule;

export const talklessFields = {
  preset: presetField(),
  km: distanceField(),
  bw: bandwidthField(),
  method: enumField(METHOD_KEYS, 'sdiloco'),
  /** Inner steps between syncs (H). */
  h: numberField(urlBounds.talklessInnerSteps, figureMidpoint(SCHEDULE_FIGURES.h), 0),
  frag: numberField(urlBounds.talklessFragments, figureMidpoint(SCHEDULE_FIGURES.frag), 0),
  ov: numberField(urlBounds.talklessOverlapSteps, figureMidpoint(SCHEDULE_FIGURES.ov), 0),
  bits: numberField(urlBounds.talklessBits, figureMidpoint(SCHEDULE_FIGURES.bits), 0),
  sites: numberField(urlBounds.talklessSites, scenarioById(DEFAULT_SCENARIO_ID).sites, 0),
};

export const talklessUrl = defineUrlState('talkless', talklessFields);
export type TalklessState = StateOf<typeof talklessFields>;

export function talklessPresetState(presetId: string): TalklessState {
  const s = scenarioById(presetId);
  return talklessUrl.normalize({
    ...talklessUrl.defaults(),
    preset: s.id,
    km: scenarioDistanceKm(s),
    bw: presetBandwidthTbitPerS(s),
    sites: s.sites,
  });
}
