import { z } from 'zod';
import { links } from '../data';
import { figureMidpoint } from '../data/provenance';
import { bounded, parseInput } from './schemas';

/** Mean Earth radius (IUGG), the usual sphere for great-circle distances. */
const EARTH_RADIUS_KM = 6371.0088;

export interface LatLon {
  lat: number;
  lon: number;
}

export const latLonSchema = z.object({ lat: bounded(-90, 90), lon: bounded(-180, 180) });
export const fiberLatencySchema = z.object({ km: bounded(0, 40_000), routeFactor: bounded(1, 5) });

/** Haversine great-circle distance; within ~0.5% of the ellipsoidal geodesic. */
export function greatCircleKm(a: LatLon, b: LatLon): number {
  parseInput(latLonSchema, a, 'greatCircleKm (a)');
  parseInput(latLonSchema, b, 'greatCircleKm (b)');
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** ~204,000 km/s: c over the group index of standard single-mode fibre (links.json), read when used. */
export const fiberKmPerS = (): number => figureMidpoint(links.fiber.speedOfLightKmPerS);
/** Fibre route length / great-circle distance when a link's route is unknown (links.json), read when used. */
export const defaultRouteFactor = (): number => figureMidpoint(links.fiber.defaultRouteFactor);
/** The default route factor as a plain number, for URL-state defaults (a computation calls `defaultRouteFactor`). */
export const DEFAULT_ROUTE_FACTOR = defaultRouteFactor();

/** Estimated fibre route length: great-circle km times the route factor (routes are not public). */
export function routeKm(km: number, opts: { routeFactor?: number } = {}): number {
  const routeFactor = opts.routeFactor ?? defaultRouteFactor();
  parseInput(fiberLatencySchema, { km, routeFactor }, 'routeKm');
  return km * routeFactor;
}

/** One-way propagation delay through fibre laid along `km` of great circle times the route factor. */
export function fiberLatencyMs(km: number, opts: { routeFactor?: number } = {}): number {
  const routeFactor = opts.routeFactor ?? defaultRouteFactor();
  parseInput(fiberLatencySchema, { km, routeFactor }, 'fiberLatencyMs');
  return (routeKm(km, { routeFactor }) / fiberKmPerS()) * 1000;
}
