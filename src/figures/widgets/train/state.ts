/** URL state of the training demo: keys `train.*`. */
import { urlBounds } from '../../../lib/payload';
import { defineUrlState, flagField, numberField, type StateOf } from '../../../lib/url-state';
import { presetBandwidthTbitPerS, presetField, scenarioById, scenarioDistanceKm } from '../../../lib/widgets/presets';
import { bandwidthField, distanceField } from '../../shared/wan-fields';

export const trainFields = {
  preset: presetField(),
  km: distanceField(),
  bw: bandwidthField(),
  /** Which algorithms run: one flag each, so a link names exactly the set. */
  dp: flagField(true),
  lsgd: flagField(true),
  diloco: flagField(true),
  sdiloco: flagField(true),
  async: flagField(true),
  h: numberField(urlBounds.trainH, 50, 0),
  sites: numberField(urlBounds.trainSites, 2, 0),
  replicas: numberField(urlBounds.trainReplicas, 1, 0),
  steps: numberField(urlBounds.trainSteps, 500, 0),
  lr: numberField(urlBounds.trainInnerLr, 0.01, 4),
  olr: numberField(urlBounds.trainOuterLr, 0.7, 2),
  seed: numberField(urlBounds.trainSeed, 1, 0),
  iid: flagField(true),
  /** Streaming DiLoCo sends its fragments as 4-bit integers. */
  q4: flagField(false),
};

export const trainUrl = defineUrlState('train', trainFields);
export type TrainState = StateOf<typeof trainFields>;

export function trainPresetState(presetId: string): TrainState {
  const s = scenarioById(presetId);
  return trainUrl.normalize({
    ...trainUrl.defaults(),
    preset: s.id,
    km: scenarioDistanceKm(s),
    bw: presetBandwidthTbitPerS(s),
  });
}
