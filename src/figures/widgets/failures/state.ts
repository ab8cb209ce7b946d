/** URL state of the failures widget: keys `failures.*`. */
import { figureMidpoint } from '../../../lib/data/provenance';
import { failureReferences, urlBounds } from '../../../lib/payload';
import { GPU_IDS } from '../../../lib/sim/gpu';
import { jobMtbfSUnchecked, PARAMS, youngDalyUnchecked } from '../../../lib/sim/unchecked';
import { defineUrlState, enumField, numberField, type StateOf } from '../../../lib/url-state';
import { DEFAULT_SCENARIO_ID, presetField, scenarioById, scenarioStepConfig } from '../../../lib/widgets/presets';

/** A preset's cluster: its GPUs, the GPUs of one data-parallel replica and its sites (simulateScenario's layout). */
export function presetCluster(presetId: string) {
  const c = scenarioStepConfig(scenarioById(presetId), { distanceKm: 0, bandwidthBytesPerS: 1 });
  const replicaGpus = c.layout.tp * c.layout.pp;
  return { gpu: c.gpu, gpus: replicaGpus * c.layout.dp, replicaGpus, sites: c.sites ?? 1 };
}

const clampTo = (b: { min: number; max: number }, x: number) => Math.min(b.max, Math.max(b.min, x));

/** The Young/Daly interval for a cluster, in whole minutes within the slider's range. */
export function youngDalyMinutes(gpus: number, gpu: string): number {
  const s = youngDalyUnchecked(PARAMS.checkpointWriteS, jobMtbfSUnchecked(gpus, { gpu }));
  return clampTo(urlBounds.failuresCheckpointMin, Math.round(s / 60));
}

const cluster = presetCluster(DEFAULT_SCENARIO_ID);
const gpus = clampTo(urlBounds.failuresGpus, cluster.gpus);

export const failuresFields = {
  preset: presetField(),
  gpu: enumField(GPU_IDS, cluster.gpu),
  gpus: numberField(urlBounds.failuresGpus, gpus, 0),
  /** Wall clock simulated; by default as long as Llama 3's reported snapshot. */
  days: numberField(
    urlBounds.failuresDays,
    clampTo(urlBounds.failuresDays, figureMidpoint(failureReferences.llama3.days)),
    0,
  ),
  /** Checkpoint interval, minutes: by default the Young/Daly optimum. */
  ckpt: numberField(urlBounds.failuresCheckpointMin, youngDalyMinutes(gpus, cluster.gpu), 0),
  /** Decoupled learners per site. */
  lps: numberField(urlBounds.failuresLearnersPerSite, 4, 0),
  /** The last site goes dark on this day for this many hours; 0 hours is no outage. */
  oday: numberField(urlBounds.failuresOutageDay, 10, 0),
  ohours: numberField(urlBounds.failuresOutageHours, 0, 1),
  seed: numberField(urlBounds.failuresSeed, 1, 0),
};

export const failuresUrl = defineUrlState('failures', failuresFields);
export type FailuresState = StateOf<typeof failuresFields>;

export function failuresPresetState(presetId: string): FailuresState {
  const s = scenarioById(presetId);
  const c = presetCluster(s.id);
  const n = clampTo(urlBounds.failuresGpus, c.gpus);
  return failuresUrl.normalize({
    ...failuresUrl.defaults(),
    preset: s.id,
    gpu: c.gpu,
    gpus: n,
    ckpt: youngDalyMinutes(n, c.gpu),
  });
}
