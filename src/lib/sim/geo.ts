/**
 * Great-circle distance and fibre delay, without input parsing: the browser calls these with inputs
 * its URL state already bounds; geo-checked.ts is the public, parsed API.
 */
import { figureMidpoint } from '../data/provenance';
import { fiber } from '../payload';

/** Mean Earth radius (IUGG), the usual sphere for great-circle distances. */
const EARTH_RADIUS_KM = 6371.0088;

export interface LatLon {
  lat: number;
  lon: number;
}

/** Haversine great-circle distance; within ~0.5% of the ellipsoidal geodesic. */
export function greatCircleKmUnchecked(a: LatLon, b: LatLon): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** ~204,000 km/s: c over the group index of standard single-mode fibre (links.json), read when used. */
export const fiberKmPerS = (): number => figureMidpoint(fiber.speedOfLightKmPerS);
/** Fibre route length / great-circle distance when a link's route is unknown (links.json), read when used. */
export const defaultRouteFactor = (): number => figureMidpoint(fiber.defaultRouteFactor);
/** The default route factor as a plain number, for URL-state defaults (a computation calls `defaultRouteFactor`). */
export const DEFAULT_ROUTE_FACTOR = defaultRouteFactor();

/** Estimated fibre route length: great-circle km times the route factor (routes are not public). */
export function routeKmUnchecked(km: number, routeFactor = defaultRouteFactor()): number {
  return km * routeFactor;
}

/** One-way propagation delay through fibre laid along `km` of great circle times the route factor. */
export function fiberLatencyMsUnchecked(km: number, routeFactor = defaultRouteFactor()): number {
  return (routeKmUnchecked(km, routeFactor) / fiberKmPerS()) * 1000;
}
