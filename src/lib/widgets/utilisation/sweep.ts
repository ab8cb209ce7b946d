/**
 * The sweep behind the utilisation widget: MFU over a grid of distance and WAN bandwidth (analyticStep),
 * plus the bandwidth needed at the chosen distance. Runs in a Web Worker; grids are cached per
 * configuration so moving the distance or bandwidth only re-runs the solver.
 */
import { convert } from '../../format';
import {
  analyticStepUnchecked,
  type BandwidthNeed,
  bandwidthForMfuLossUnchecked,
  type StepConfigInput,
  UNLIMITED_WAN_BYTES_PER_S,
} from '../../sim/unchecked';
import { type CannotRun, cannotRun } from '../cannot-run';
import { scenarioById, scenarioStepConfig } from '../presets';
import { crossingOf } from '../wan-fields';
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
}

export type SweepRequest = Pick<UtilisationState, 'preset' | 'cross' | 'km' | 'bw' | 'loss'>;

function baseConfig(r: SweepRequest): StepConfigInput {
  return scenarioStepConfig(scenarioById(r.preset), {
    distanceKm: 0,
    bandwidthBytesPerS: UNLIMITED_WAN_BYTES_PER_S,
    crossing: crossingOf(r.cross),
  });
}

const gridCache = new Map<string, { mfu: number[][]; referenceMfu: number }>();

function grid(r: SweepRequest) {
  const key = `${r.preset}|${r.cross}`;
  const hit = gridCache.get(key);
  if (hit) return hit;
  const config = baseConfig(r);
  const mfuAt = (km: number, tbit: number) =>
    analyticStepUnchecked({ ...config, wan: { distanceKm: km, bandwidthBytesPerS: convert(tbit, 'Tbit/s', 'B/s') } })
      .mfu;
  const mfu = SWEEP_TBIT_PER_S.map((tbit) => SWEEP_DISTANCES_KM.map((km) => mfuAt(km, tbit)));
  const referenceMfu = analyticStepUnchecked({
    ...config,
    wan: { distanceKm: 0, bandwidthBytesPerS: UNLIMITED_WAN_BYTES_PER_S },
  }).mfu;
  const value = { mfu, referenceMfu };
  if (gridCache.size > 16) gridCache.clear();
  gridCache.set(key, value);
  return value;
}

export function computeUtilisationSweep(r: SweepRequest): UtilisationSweep {
  const g = grid(r);
  const config = baseConfig(r);
  const need = bandwidthForMfuLossUnchecked(config, r.km, r.loss / 100, { referenceMfu: g.referenceMfu });
  const current = analyticStepUnchecked({
    ...config,
    wan: { distanceKm: r.km, bandwidthBytesPerS: convert(r.bw, 'Tbit/s', 'B/s') },
  });
  return { mfu: g.mfu, referenceMfu: g.referenceMfu, need, currentMfu: current.mfu, cannotRun: cannotRun(current) };
}
