/**
 * The memory widget's engine call: the preset's model and layout with the reader's GPU, split,
 * micro-batch, sharding and recomputation, through memorySplitUnchecked, with the provenance of what
 * it read. A pipeline deeper than the model has layers is clamped here, and said so.
 */
import { untracked } from '../../../lib/data/read-tracker';
import { gpuSpec } from '../../../lib/sim/gpu';
import { type MemorySplitConfig, memorySplitUnchecked } from '../../../lib/sim/unchecked';
import { scenarioById, scenarioStepConfig } from '../../../lib/widgets/presets';
import { combined, READER_SET, tracked } from '../../shared/provenance';
import { type MemoryState, memoryPresetState } from './state';

export function memoryRun(state: MemoryState) {
  const preset = scenarioById(state.preset);
  const fromPreset = untracked(() => memoryPresetState(preset.id));
  const readerSet = (['gpu', 'tp', 'pp', 'mbs', 'zero', 'rc'] as const).some((k) => state[k] !== fromPreset[k]);
  const { value, provenance } = tracked(() => {
    // The preset's own engine input (model shape, batch, replicas, experts): simulateScenario's.
    const c = scenarioStepConfig(preset, { distanceKm: 0, bandwidthBytesPerS: 1 });
    const sites = c.sites ?? 1;
    const layers = c.model.layers;
    const pp = Math.min(state.pp, layers);
    const config: MemorySplitConfig = {
      model: c.model,
      gpu: state.gpu,
      tp: state.tp,
      pp,
      interleave: c.layout.interleave ?? 1,
      shardRanks: Math.max(1, Math.round(c.layout.dp / sites)),
      dataParallel: c.layout.dp,
      microBatchSequences: state.mbs,
      sharding: state.zero,
      recompute: state.rc,
      ...(c.moe ? { moe: { ...c.moe, ep: c.moe.ep ?? 1 } } : {}),
    };
    return { config, clampedPp: pp < state.pp ? layers : null, result: memorySplitUnchecked(config) };
  });
  const { status, sources } = readerSet ? combined(provenance, READER_SET) : provenance;
  return { preset, ...value, gpu: untracked(() => gpuSpec(state.gpu)), readerSet, status, sources };
}

export type MemoryRun = ReturnType<typeof memoryRun>;
