/** URL fields shared by the widgets that set a WAN: distance, bandwidth, what crosses it. */
import { z } from 'zod';
import { enumField, numberField } from '../url-state';
import { DEFAULT_SCENARIO_ID, scenarioById, scenarioDistanceKm, tbitPerSFromBytesPerS } from './presets';

/** 0 to 5,000 km: from one campus to the width of the United States. */
export const DISTANCE_KM_SCHEMA = z.number().min(0).max(5000);
/** 10 Gbit/s to 10 Pbit/s per direction. */
export const BANDWIDTH_TBIT_SCHEMA = z.number().min(0.01).max(10_000);

const preset = scenarioById(DEFAULT_SCENARIO_ID);

export const distanceField = () => numberField(DISTANCE_KM_SCHEMA, Math.round(scenarioDistanceKm(preset)), 0);
export const bandwidthField = () =>
  numberField(BANDWIDTH_TBIT_SCHEMA, tbitPerSFromBytesPerS(preset.wanBandwidthBytesPerS.value as number), 3);
export const crossingField = () => enumField(['dp', 'pp'] as const, 'dp');

export const crossingOf = (c: 'dp' | 'pp'): 'data-parallel' | 'pipeline' => (c === 'dp' ? 'data-parallel' : 'pipeline');
export const CROSSING_LABEL = { dp: 'data-parallel replicas', pp: 'a pipeline stage boundary' } as const;
