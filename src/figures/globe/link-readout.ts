/**
 * Distances and delays between two points, all from the engine; this file only bundles them. The
 * points are validated sites or URL-state points (latitude clamped, longitude wrapped), so the engine's
 * unchecked entry points serve, and the globe loads no zod.
 */
import {
  DEFAULT_ROUTE_FACTOR,
  fiberLatencyMsUnchecked,
  greatCircleKmUnchecked,
  type LatLon,
  routeKmUnchecked,
} from '../../lib/sim/geo';

export interface LinkReadout {
  greatCircleKm: number;
  routeFactor: number;
  routeKm: number;
  oneWayMs: number;
  roundTripMs: number;
}

export function linkReadout(a: LatLon, b: LatLon, routeFactor: number | null = null): LinkReadout {
  const factor = routeFactor ?? DEFAULT_ROUTE_FACTOR;
  const km = greatCircleKmUnchecked(a, b);
  const oneWayMs = fiberLatencyMsUnchecked(km, factor);
  return {
    greatCircleKm: km,
    routeFactor: factor,
    routeKm: routeKmUnchecked(km, factor),
    oneWayMs,
    roundTripMs: 2 * oneWayMs,
  };
}
