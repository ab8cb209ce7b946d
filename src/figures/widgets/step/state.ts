/** URL state of the step widget: keys `step.*`. */
import { defineUrlState, flagField, type StateOf } from '../../../lib/url-state';
import { presetBandwidthTbitPerS, presetField, scenarioById, scenarioDistanceKm } from '../../../lib/widgets/presets';
import { bandwidthField, crossingField, distanceField } from '../../shared/wan-fields';

export const stepFields = {
  preset: presetField(),
  km: distanceField(),
  bw: bandwidthField(),
  /** Gradient buckets sent while the backward pass still runs (false: one bucket at the end). */
  overlap: flagField(true),
  cross: crossingField(),
};

export const stepUrl = defineUrlState('step', stepFields);
export type StepState = StateOf<typeof stepFields>;

export function stepPresetState(presetId: string): StepState {
  const s = scenarioById(presetId);
  return stepUrl.normalize({
    ...stepUrl.defaults(),
    preset: s.id,
    km: scenarioDistanceKm(s),
    bw: presetBandwidthTbitPerS(s),
  });
}
