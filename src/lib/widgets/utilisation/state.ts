/** URL state of the utilisation widget: keys `utilisation.*`. */
import { z } from 'zod';
import { defineUrlState, enumField, numberField, type StateOf } from '../../url-state';
import { presetField, scenarioById, scenarioDistanceKm, tbitPerSFromBytesPerS } from '../presets';
import { bandwidthField, crossingField, distanceField } from '../wan-fields';

/** The MFU loss the question allows, in percent. */
export const LOSS_PERCENT_SCHEMA = z.number().min(1).max(50);

export const utilisationFields = {
  preset: presetField(),
  km: distanceField(),
  bw: bandwidthField(),
  loss: numberField(LOSS_PERCENT_SCHEMA, 5, 0),
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
    bw: tbitPerSFromBytesPerS(s.wanBandwidthBytesPerS.value as number),
  });
}
