/**
 * The talking-less widget's engine calls: the preset's step on `sites` sites like its own, each
 * schedule's cost at the reader's link, the bandwidth each needs for 50 / 90 / 99% utilisation, and a
 * utilisation curve over bandwidth, with the provenance of everything read. Data parallel's curve and
 * needs (the costly part: the step model at each bandwidth) are cached per preset, distance and sites.
 */
import { figureMidpoint } from '../../../lib/data/provenance';
import { noteRead, observation, type SourcedRecord, track, untracked } from '../../../lib/data/read-tracker';
import { convert } from '../../../lib/format';
import {
  bandwidthForUtilisationUnchecked,
  dataParallelStepAt,
  innerStepSecondsUnchecked,
  type LowCommCost,
  type LowCommParams,
  lowCommParamsForStep,
  lowCommScheduleUnchecked,
  type StepConfigInput,
  withSitesLikeTheFirst,
} from '../../../lib/sim/unchecked';
import { scenarioById, scenarioStepConfig } from '../../../lib/widgets/presets';
import { combined, type Provenance, provenanceOf, READER_SET, tracked } from '../../shared/provenance';
import { type WanInputs, wanInputs } from '../../shared/wan-inputs';
import { METHOD_KEYS, METHOD_OF, type MethodKey, TARGET_UTILISATIONS } from './labels';
import { SCHEDULE_FIGURES, type TalklessState } from './state';

/** 1 Gbit/s to 10 Pbit/s, two points a decade, in bit/s as the chart's axis reads them. */
export const CURVE_BITS_PER_S: readonly number[] = Array.from({ length: 15 }, (_, i) => 10 ** (9 + i / 2));

export interface MethodRun {
  key: MethodKey;
  cost: LowCommCost;
  /** Bandwidth per direction for each of TARGET_UTILISATIONS; null where none is enough. */
  needs: (number | null)[];
  /** Utilisation at each of CURVE_BITS_PER_S. */
  curve: number[];
}

type ScheduleKey = keyof typeof SCHEDULE_FIGURES;

/** A schedule control at its figure's value reads that figure (its status, its source); moved, it is the reader's. */
function scheduleValue(state: TalklessState, key: ScheduleKey): { value: number; provenance: Provenance } {
  const figure = SCHEDULE_FIGURES[key];
  const atFigure = untracked(() => state[key] === figureMidpoint(figure));
  return atFigure ? tracked(() => figureMidpoint(figure)) : { value: state[key], provenance: READER_SET };
}

const dpCache = new Map<string, { needs: (number | null)[]; curve: number[]; reads: SourcedRecord[] }>();

function dataParallelSweep(step: StepConfigInput, key: string, innerStepS: number) {
  const hit = observation.perturbed ? undefined : dpCache.get(key);
  if (hit) {
    noteRead(...hit.reads);
    return hit;
  }
  const { value, reads } = track(() => {
    const curve = CURVE_BITS_PER_S.map(
      (bits) => innerStepS / Math.max(innerStepS, dataParallelStepAt(step, convert(bits, 'bit/s', 'B/s'))),
    );
    // The swept curve brackets each answer: the solver bisects only between its two neighbouring points.
    const needs = TARGET_UTILISATIONS.map((u) => {
      const i = curve.findIndex((c) => c >= u);
      const bracket =
        i > 0
          ? ([
              convert(CURVE_BITS_PER_S[i - 1] as number, 'bit/s', 'B/s'),
              convert(CURVE_BITS_PER_S[i] as number, 'bit/s', 'B/s'),
            ] as const)
          : undefined;
      return bandwidthForUtilisationUnchecked(step, { method: 'data-parallel' }, u, {
        innerStepS,
        ...(bracket ? { bracketBytesPerS: bracket } : {}),
      });
    });
    return { needs, curve };
  });
  const entry = { ...value, reads };
  if (observation.perturbed) return entry;
  if (dpCache.size > 16) dpCache.clear();
  dpCache.set(key, entry);
  return entry;
}

function methodRun(
  key: MethodKey,
  step: StepConfigInput,
  schedule: Omit<LowCommParams, 'method' | 'wanBandwidthBytesPerS'>,
  wan: WanInputs,
  dpKey: string,
): MethodRun {
  const method = METHOD_OF[key];
  const o = {
    method,
    bytesPerValue: schedule.bytesPerValue,
    innerStepsPerSync: schedule.innerStepsPerSync,
    fragments: schedule.fragments,
    overlapSteps: schedule.overlapSteps,
  };
  const x = lowCommParamsForStep(step, { ...o, wanBandwidthBytesPerS: wan.bandwidthBytesPerS }, schedule.innerStepS);
  const cost = lowCommScheduleUnchecked(x);
  if (method === 'data-parallel') {
    const dp = dataParallelSweep(step, dpKey, schedule.innerStepS);
    return { key, cost, needs: dp.needs, curve: dp.curve };
  }
  return {
    key,
    cost,
    needs: TARGET_UTILISATIONS.map((u) =>
      bandwidthForUtilisationUnchecked(step, o, u, { innerStepS: schedule.innerStepS }),
    ),
    curve: CURVE_BITS_PER_S.map(
      (bits) =>
        lowCommScheduleUnchecked({ ...x, wanBandwidthBytesPerS: convert(bits, 'bit/s', 'B/s') }).computeUtilisation,
    ),
  };
}

export function talklessRun(state: TalklessState) {
  const preset = scenarioById(state.preset);
  const wan = wanInputs(preset, state);
  const h = scheduleValue(state, 'h');
  const frag = scheduleValue(state, 'frag');
  const ov = scheduleValue(state, 'ov');
  const bits = scheduleValue(state, 'bits');
  const sitesSet = state.sites !== preset.sites;
  const { value, provenance } = tracked(() => {
    const base = scenarioStepConfig(preset, {
      distanceKm: wan.distanceKm,
      bandwidthBytesPerS: wan.bandwidthBytesPerS,
    });
    const step = withSitesLikeTheFirst(base, state.sites);
    const innerStepS = innerStepSecondsUnchecked(step);
    const schedule = {
      ...lowCommParamsForStep(step, { method: 'diloco' }, innerStepS),
      bytesPerValue: bits.value / 8,
      innerStepsPerSync: h.value,
      fragments: frag.value,
      overlapSteps: ov.value,
    };
    const dpKey = `${preset.id}|${wan.distanceKm}|${state.sites}`;
    const methods = METHOD_KEYS.map((k) => methodRun(k, step, schedule, wan, dpKey));
    return { step, innerStepS, wanLatencyS: schedule.wanLatencyS, methods };
  });
  const parts = [provenance, wan.distance, wan.bandwidth, h.provenance, frag.provenance, ov.provenance];
  const all = combined(...parts, bits.provenance, sitesSet ? READER_SET : provenanceOf([]));
  const chosen = value.methods.find((m) => m.key === state.method) ?? (value.methods[0] as MethodRun);
  return {
    preset,
    wan,
    ...value,
    chosen,
    sitesSet,
    status: all.status,
    sources: all.sources,
    readerSet: all.readerSet,
  };
}

export type TalklessRun = ReturnType<typeof talklessRun>;
