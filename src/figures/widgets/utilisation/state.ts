/** URL state of the utilisation widget: keys `utilisation.*`. */
import { urlBounds } from '../../../lib/payload';
import { defineUrlState, enumField, numberField, type StateOf } from '../../../lib/url-state';
import { presetBandwidthTbitPerS, presetField, scenarioById, scenarioDistanceKm } from '../../../lib/widgets/presets';
import { bandwidthField, crossingField, distanceField } from '../../shared/wan-fields';

export const utilisationFields = {
  preset: presetField(),
  km: distanceField(),
  bw: bandwidthField(),
  /** The MFU loss the question allows, in percent. */
  loss: numberField(urlBounds.lossPercent, 5, 0),
  view: enumField(['heatmap', 'curves'] as const, 'heatmap'),
  cross: crossingField(),
};

export const utilisationUrl = defineUrlState('utilisation', utilisationFields);
export type UtilisationState = StateOf<typeof utilisationFields>;

export function utilisationPresetState(presetId: string): UtilisationState {
  const s = scenarioById(presetId);
  return utilisationUrl.normalize({
    ...utilisationUrl.defaults(),
    preset: s.id,
    km: scenarioDistanceKm(s),
    bw: presetBandwidthTbitPerS(s),
  });
}
