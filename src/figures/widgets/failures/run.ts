/**
 * The failures widget's engine call: the preset's cluster with the reader's system, size, duration,
 * checkpoint interval, learners, outage and seed, through simulateFailuresUnchecked, with the
 * provenance of what it read. Llama 3's published setting runs beside it, as the check.
 */

import { figureMidpoint } from '../../../lib/data/provenance';
import { untracked } from '../../../lib/data/read-tracker';
import { convert } from '../../../lib/format';
import { failureReferences } from '../../../lib/payload';
import { gpuSpec } from '../../../lib/sim/gpu';
import {
  type FailureSimConfig,
  jobMtbfSUnchecked,
  PARAMS,
  simulateFailuresUnchecked,
  youngDalyUnchecked,
} from '../../../lib/sim/unchecked';
import { scenarioById } from '../../../lib/widgets/presets';
import { combined, READER_SET, tracked } from '../../shared/provenance';
import { type FailuresState, failuresPresetState, presetCluster } from './state';

const ZOOM_FAULTS = 30;
const ZOOM_MIN_S = convert(6, 'h', 's');
const READER_KEYS = ['gpu', 'gpus', 'days', 'ckpt', 'lps', 'oday', 'ohours'] as const;

export function failuresConfig(state: FailuresState): FailureSimConfig {
  const c = untracked(() => presetCluster(state.preset));
  const durationS = convert(state.days, 'd', 's');
  const outageStartS = convert(state.oday, 'd', 's');
  return {
    gpus: state.gpus,
    gpu: state.gpu,
    sites: c.sites,
    replicaGpus: c.replicaGpus,
    learnersPerSite: state.lps,
    durationS,
    checkpointIntervalS: convert(state.ckpt, 'min', 's'),
    seed: state.seed,
    outage:
      state.ohours > 0 && outageStartS < durationS
        ? { site: c.sites - 1, startS: outageStartS, durationS: convert(state.ohours, 'h', 's') }
        : null,
  };
}

/** Llama 3's reported snapshot run through the same simulation, stall and restart at Young/Daly. */
function llama3Check(seed: number) {
  const ref = failureReferences.llama3;
  const gpus = figureMidpoint(ref.gpus);
  const tau = youngDalyUnchecked(PARAMS.checkpointWriteS, jobMtbfSUnchecked(gpus, { gpu: 'h100' }));
  const r = simulateFailuresUnchecked({
    gpus,
    gpu: 'h100',
    sites: 1,
    replicaGpus: gpus,
    learnersPerSite: 1,
    durationS: convert(figureMidpoint(ref.days), 'd', 's'),
    checkpointIntervalS: tau,
    seed,
    samples: 1,
  });
  return { interruptions: r.faultTimesS.length, goodput: r.runs.stall.goodput };
}

// The check depends on the seed alone: kept, so moving a control does not rerun Llama 3's 54 days.
const checks = new Map<number, ReturnType<typeof tracked<ReturnType<typeof llama3Check>>>>();
function checkFor(seed: number) {
  const kept = checks.get(seed);
  if (kept) return kept;
  const fresh = tracked(() => llama3Check(seed));
  checks.set(seed, fresh);
  return fresh;
}

export function failuresRun(state: FailuresState) {
  const preset = scenarioById(state.preset);
  const fromPreset = untracked(() => failuresPresetState(preset.id));
  const readerSet = READER_KEYS.some((k) => state[k] !== fromPreset[k]);
  const config = failuresConfig(state);
  const { value, provenance } = tracked(() => {
    const result = simulateFailuresUnchecked(config);
    // The opening stretch, about 30 faults long: the same seed draws the same first faults, one by one.
    const zoomS = Math.min(config.durationS, Math.max(ZOOM_MIN_S, ZOOM_FAULTS * result.jobMtbfS));
    return { result, zoom: simulateFailuresUnchecked({ ...config, durationS: zoomS, samples: 60 }) };
  });
  const check = checkFor(state.seed);
  const { status, sources } = readerSet ? combined(provenance, READER_SET) : provenance;
  return {
    preset,
    config,
    ...value,
    check: { ...check.value, ...check.provenance },
    gpu: untracked(() => gpuSpec(state.gpu)),
    readerSet,
    status,
    sources,
  };
}

export type FailuresRun = ReturnType<typeof failuresRun>;
