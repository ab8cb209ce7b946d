/** URL state of the memory widget: keys `memory.*`. */
import { urlBounds } from '../../../lib/payload';
import { GPU_IDS } from '../../../lib/sim/gpu';
import { SHARDINGS } from '../../../lib/sim/memory-split';
import { defineUrlState, enumField, flagField, numberField, type StateOf } from '../../../lib/url-state';
import { DEFAULT_SCENARIO_ID, presetField, scenarioById } from '../../../lib/widgets/presets';

const preset = scenarioById(DEFAULT_SCENARIO_ID);

export const memoryFields = {
  preset: presetField(),
  gpu: enumField(GPU_IDS, preset.gpu),
  /** Tensor-parallel ways and pipeline stages of one model copy. */
  tp: numberField(urlBounds.memoryTp, preset.layout.tp, 0),
  pp: numberField(urlBounds.memoryPp, preset.layout.pp, 0),
  /** Sequences per micro-batch: what the activations grow with. */
  mbs: numberField(urlBounds.memoryMicroBatchSequences, 1, 0),
  zero: enumField(SHARDINGS, preset.sharding),
  /** Full activation recomputation. */
  rc: flagField(preset.recompute),
};

export const memoryUrl = defineUrlState('memory', memoryFields);
export type MemoryState = StateOf<typeof memoryFields>;

export function memoryPresetState(presetId: string): MemoryState {
  const s = scenarioById(presetId);
  return memoryUrl.normalize({
    ...memoryUrl.defaults(),
    preset: s.id,
    gpu: s.gpu,
    tp: s.layout.tp,
    pp: s.layout.pp,
    mbs: 1,
    zero: s.sharding,
    rc: s.recompute,
  });
}
