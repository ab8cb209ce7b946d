/** URL state of the training demo: keys `train.*`. */
import { z } from 'zod';
import { defineUrlState, flagField, numberField, type StateOf } from '../../url-state';
import { presetField, scenarioById, scenarioDistanceKm, tbitPerSFromBytesPerS } from '../presets';
import { bandwidthField, distanceField } from '../wan-fields';

export const SITES_SCHEMA = z.number().int().min(2).max(8);
export const REPLICAS_SCHEMA = z.number().int().min(1).max(4);
export const H_SCHEMA = z.number().int().min(1).max(500);
export const STEPS_SCHEMA = z.number().int().min(50).max(3000);
export const INNER_LR_SCHEMA = z.number().min(0.0005).max(0.05);
export const OUTER_LR_SCHEMA = z.number().min(0.1).max(1.5);
export const SEED_SCHEMA = z.number().int().min(1).max(9999);

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
  h: numberField(H_SCHEMA, 50, 0),
  sites: numberField(SITES_SCHEMA, 2, 0),
  replicas: numberField(REPLICAS_SCHEMA, 1, 0),
  steps: numberField(STEPS_SCHEMA, 500, 0),
  lr: numberField(INNER_LR_SCHEMA, 0.01, 4),
  olr: numberField(OUTER_LR_SCHEMA, 0.7, 2),
  seed: numberField(SEED_SCHEMA, 1, 0),
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
    bw: tbitPerSFromBytesPerS(s.wanBandwidthBytesPerS.value as number),
  });
}
