/** Distances and delays between two points, all from the engine; this file only bundles them. */
import { DEFAULT_ROUTE_FACTOR, fiberLatencyMs, greatCircleKm, type LatLon, routeKm } from '../../lib/sim/geo';

export interface LinkReadout {
  greatCircleKm: number;
  routeFactor: number;
  routeKm: number;
  oneWayMs: number;
  roundTripMs: number;
}

export function linkReadout(a: LatLon, b: LatLon, routeFactor: number | null = null): LinkReadout {
  const factor = routeFactor ?? DEFAULT_ROUTE_FACTOR;
  const km = greatCircleKm(a, b);
  const oneWayMs = fiberLatencyMs(km, { routeFactor: factor });
  return {
    greatCircleKm: km,
    routeFactor: factor,
    routeKm: routeKm(km, { routeFactor: factor }),
    oneWayMs,
    roundTripMs: 2 * oneWayMs,
  };
}
