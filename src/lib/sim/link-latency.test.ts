import { describe, expect, it } from 'vitest';
import { DEFAULT_ROUTE_FACTOR } from './geo';
import { fiberLatencyMs } from './geo-checked';
import { latencyOverDistance, latencyOverRoute, linkLatency } from './link-latency';

const wisconsin = { lat: 42.6749, lon: -87.8949 };
const atlanta = { lat: 33.4452, lon: -84.5248 };

describe('linkLatency', () => {
  it('gives Wisconsin to Atlanta as about a thousand km and a few ms one way', () => {
    const r = linkLatency(wisconsin, atlanta);
    expect(r.greatCircleKm).toBeGreaterThan(1000);
    expect(r.greatCircleKm).toBeLessThan(1150);
    expect(r.oneWayMs).toBeGreaterThan(5);
    expect(r.oneWayMs).toBeLessThan(8);
    expect(r.roundTripMs).toBeCloseTo(2 * r.oneWayMs, 12);
    expect(r.routeFactor).toBe(DEFAULT_ROUTE_FACTOR);
  });

  it('uses a link’s own route factor when it has one', () => {
    const base = linkLatency(wisconsin, atlanta, 1);
    const longer = linkLatency(wisconsin, atlanta, 2);
    expect(longer.routeKm).toBeCloseTo(2 * base.routeKm, 9);
    expect(longer.oneWayMs).toBeCloseTo(2 * base.oneWayMs, 9);
  });

  it('agrees with the checked engine, whether the route is a length or a distance times a factor', () => {
    for (const [km, factor] of [
      [1, 1],
      [1070, 1.3],
      [5000, 2.1],
    ] as const) {
      const byDistance = latencyOverDistance(km, factor);
      expect(byDistance.oneWayMs).toBe(fiberLatencyMs(km, { routeFactor: factor }));
      expect(latencyOverRoute(km * factor).oneWayMs).toBe(byDistance.oneWayMs);
      expect(byDistance.routeKm).toBe(km * factor);
    }
    expect(latencyOverDistance(1070).routeFactor).toBe(DEFAULT_ROUTE_FACTOR);
  });
});
