/**
 * The sweep behind the utilisation widget: MFU over a grid of distance and WAN bandwidth (analyticStep),
 * plus the bandwidth needed at the chosen distance. Runs in a Web Worker; grids are cached per
 * configuration so moving the distance or bandwidth only re-runs the solver.
 */
import { noteRead, observation, type SourcedRecord, track } from '../../../lib/data/read-tracker';
import { convert } from '../../../lib/format';
import {
  analyticStepUnchecked,
  type BandwidthNeed,
  bandwidthForMfuLossUnchecked,
  type StepConfigInput,
  UNLIMITED_WAN_BYTES_PER_S,
} from '../../../lib/sim/unchecked';
import { scenarioById, scenarioStepConfig } from '../../../lib/widgets/presets';
import { type CannotRun, cannotRun } from '../../shared/cannot-run';
import { type Provenance, provenanceOf } from '../../shared/provenance';
import { crossingOf } from '../../shared/wan-fields';
import type { UtilisationState } from './state';

export const SWEEP_DISTANCES_KM: readonly number[] = Array.from({ length: 21 }, (_, i) => i * 250);
/** 0.1 Tbit/s to 10 Pbit/s, four steps a decade. */
export const SWEEP_TBIT_PER_S: readonly number[] = Array.from({ length: 21 }, (_, i) => 10 ** (-1 + i / 4));

export interface UtilisationSweep {
  /** mfu[bandwidthIndex][distanceIndex] */
  mfu: number[][];
  referenceMfu: number;
  need: BandwidthNeed;
  /** MFU at the chosen distance and bandwidth. */
  currentMfu: number;
  /** Set when the layout cannot run at all (memory or schedule): then no MFU means anything. */
  cannotRun: CannotRun | null;
  /** What the grid and reference, the bandwidth needed and the current MFU each read (before the reader's inputs). */
  provenance: { reference: Provenance; need: Provenance; current: Provenance };
}

export type SweepRequest = Pick<UtilisationState, 'preset' | 'cross' | 'km' | 'bw' | 'loss'>;

function baseConfig(r: SweepRequest): StepConfigInput {
  return scenarioStepConfig(scenarioById(r.preset), {
    distanceKm: 0,
    bandwidthBytesPerS: UNLIMITED_WAN_BYTES_PER_S,
    crossing: crossingOf(r.cross),
  });
}

/** A cached grid keeps the records it read, replayed to a tracker on a hit. */
const gridCache = new Map<string, { mfu: number[][]; referenceMfu: number; reads: SourcedRecord[] }>();

function computeGrid(r: SweepRequest) {
  const config = baseConfig(r);
  const mfuAt = (km: number, tbit: number) =>
    analyticStepUnchecked({ ...config, wan: { distanceKm: km, bandwidthBytesPerS: convert(tbit, 'Tbit/s', 'B/s') } })
      .mfu;
  const mfu = SWEEP_TBIT_PER_S.map((tbit) => SWEEP_DISTANCES_KM.map((km) => mfuAt(km, tbit)));
  const referenceMfu = analyticStepUnchecked({
    ...config,
    wan: { distanceKm: 0, bandwidthBytesPerS: UNLIMITED_WAN_BYTES_PER_S },
  }).mfu;
  return { mfu, referenceMfu };
}

function grid(r: SweepRequest) {
  const key = `${r.preset}|${r.cross}`;
  const hit = observation.perturbed ? undefined : gridCache.get(key);
  if (hit) {
    noteRead(...hit.reads);
    return hit;
  }
  const { value, reads } = track(() => computeGrid(r));
  const entry = { ...value, reads };
  if (observation.perturbed) return entry;
  if (gridCache.size > 16) gridCache.clear();
  gridCache.set(key, entry);
  return entry;
}

export function computeUtilisationSweep(r: SweepRequest): UtilisationSweep {
  const g = grid(r);
  const need = track(() =>
    bandwidthForMfuLossUnchecked(baseConfig(r), r.km, r.loss / 100, { referenceMfu: g.referenceMfu }),
  );
  const current = track(() =>
    analyticStepUnchecked({
      ...baseConfig(r),
      wan: { distanceKm: r.km, bandwidthBytesPerS: convert(r.bw, 'Tbit/s', 'B/s') },
    }),
  );
  return {
    mfu: g.mfu,
    referenceMfu: g.referenceMfu,
    need: need.value,
    currentMfu: current.value.mfu,
    cannotRun: cannotRun(current.value),
    provenance: {
      reference: provenanceOf(g.reads),
      need: provenanceOf([...g.reads, ...need.reads]),
      current: provenanceOf(current.reads),
    },
  };
}
