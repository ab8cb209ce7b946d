/** The parsed public API of geo.ts: bad input throws SimInputError naming the field and its range. */
import { z } from 'zod';
import {
  defaultRouteFactor,
  fiberLatencyMsUnchecked,
  greatCircleKmUnchecked,
  type LatLon,
  routeKmUnchecked,
} from './geo';
import { bounded, parseInput } from './schemas';

export const latLonSchema = z.object({ lat: bounded(-90, 90), lon: bounded(-180, 180) });
export const fiberLatencySchema = z.object({ km: bounded(0, 40_000), routeFactor: bounded(1, 5) });

/** Haversine great-circle distance; within ~0.5% of the ellipsoidal geodesic. */
export function greatCircleKm(a: LatLon, b: LatLon): number {
  parseInput(latLonSchema, a, 'greatCircleKm (a)');
  parseInput(latLonSchema, b, 'greatCircleKm (b)');
  return greatCircleKmUnchecked(a, b);
}

/** Estimated fibre route length: great-circle km times the route factor (routes are not public). */
export function routeKm(km: number, opts: { routeFactor?: number } = {}): number {
  const routeFactor = opts.routeFactor ?? defaultRouteFactor();
  parseInput(fiberLatencySchema, { km, routeFactor }, 'routeKm');
  return routeKmUnchecked(km, routeFactor);
}

/** One-way propagation delay through fibre laid along `km` of great circle times the route factor. */
export function fiberLatencyMs(km: number, opts: { routeFactor?: number } = {}): number {
  const routeFactor = opts.routeFactor ?? defaultRouteFactor();
  parseInput(fiberLatencySchema, { km, routeFactor }, 'fiberLatencyMs');
  return fiberLatencyMsUnchecked(km, routeFactor);
}
