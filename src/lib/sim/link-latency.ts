/**
 * Light-in-fibre delay along a link: the one implementation the globe's readouts, the latency
 * widget, <LinkLatency> and the chapters' figures all show. A route is either a known length (a
 * published or estimated route) or a great circle times a route factor (routes are rarely public).
 * No input parsing (geo-checked.ts is the parsed API), so the browser's bundles carry no zod.
 */
import { defaultRouteFactor, fiberLatencyMsUnchecked, greatCircleKmUnchecked, type LatLon } from './geo';

export interface RouteLatency {
  routeKm: number;
  oneWayMs: number;
  roundTripMs: number;
}

export interface LinkLatency extends RouteLatency {
  greatCircleKm: number;
  routeFactor: number;
}

/** Along a route of known length. */
export function latencyOverRoute(routeKm: number): RouteLatency {
  const oneWayMs = fiberLatencyMsUnchecked(routeKm, 1);
  return { routeKm, oneWayMs, roundTripMs: 2 * oneWayMs };
}

/** Over `greatCircleKm` of straight line, along a route `routeFactor` times longer (null: the data's default). */
export function latencyOverDistance(greatCircleKm: number, routeFactor: number | null = null): LinkLatency {
  const factor = routeFactor ?? defaultRouteFactor();
  return { greatCircleKm, routeFactor: factor, ...latencyOverRoute(greatCircleKm * factor) };
}

/** Between two points, over the great circle times the route factor. */
export function linkLatency(a: LatLon, b: LatLon, routeFactor: number | null = null): LinkLatency {
  return latencyOverDistance(greatCircleKmUnchecked(a, b), routeFactor);
}
