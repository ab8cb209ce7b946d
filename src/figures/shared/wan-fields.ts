/** URL fields shared by the widgets that set a WAN: distance, bandwidth, what crosses it. */
import { urlBounds } from '../../lib/payload';
import { enumField, numberField } from '../../lib/url-state';
import {
  DEFAULT_SCENARIO_ID,
  presetBandwidthTbitPerS,
  scenarioById,
  scenarioDistanceKm,
} from '../../lib/widgets/presets';

const preset = scenarioById(DEFAULT_SCENARIO_ID);

export const distanceField = () => numberField(urlBounds.distanceKm, Math.round(scenarioDistanceKm(preset)), 0);
export const bandwidthField = () => numberField(urlBounds.bandwidthTbitPerS, presetBandwidthTbitPerS(preset), 3);
export const crossingField = () => enumField(['dp', 'pp'] as const, 'dp');

export const crossingOf = (c: 'dp' | 'pp'): 'data-parallel' | 'pipeline' => (c === 'dp' ? 'data-parallel' : 'pipeline');
export const CROSSING_LABEL = { dp: 'data-parallel replicas', pp: 'a pipeline stage boundary' } as const;
