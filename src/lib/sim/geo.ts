import { links } from '../data';
import { figureMidpoint } from '../data/provenance';

/** Mean Earth radius (IUGG), the usual sphere for great-circle distances. */
const EARTH_RADIUS_KM = 6371.0088;

export interface LatLon {
  lat: number;
  lon: number;
}

/** Haversine great-circle distance; within ~0.5% of the ellipsoidal geodesic. */
export function greatCircleKm(a: LatLon, b: LatLon): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export const FIBER_KM_PER_S = figureMidpoint(links.fiber.speedOfLightKmPerS);
export const DEFAULT_ROUTE_FACTOR = figureMidpoint(links.fiber.defaultRouteFactor);

/** One-way propagation delay through fibre laid along `km` of great circle times the route factor. */
export function fiberLatencyMs(km: number, opts: { routeFactor?: number } = {}): number {
  const routeFactor = opts.routeFactor ?? DEFAULT_ROUTE_FACTOR;
  return ((km * routeFactor) / FIBER_KM_PER_S) * 1000;
}
