import { describe, expect, it } from 'vitest';
import { DEFAULT_ROUTE_FACTOR } from '../../lib/sim/geo';
import { linkReadout } from './link-readout';

const wisconsin = { lat: 42.6749, lon: -87.8949 };
const atlanta = { lat: 33.4452, lon: -84.5248 };

describe('linkReadout', () => {
  it('gives Wisconsin to Atlanta as about a thousand km and a few ms one way', () => {
    const r = linkReadout(wisconsin, atlanta);
    expect(r.greatCircleKm).toBeGreaterThan(1000);
    expect(r.greatCircleKm).toBeLessThan(1150);
    expect(r.oneWayMs).toBeGreaterThan(5);
    expect(r.oneWayMs).toBeLessThan(8);
    expect(r.roundTripMs).toBeCloseTo(2 * r.oneWayMs, 12);
    expect(r.routeFactor).toBe(DEFAULT_ROUTE_FACTOR);
  });

  it('uses a link’s own route factor when it has one', () => {
    const base = linkReadout(wisconsin, atlanta, 1);
    const longer = linkReadout(wisconsin, atlanta, 2);
    expect(longer.routeKm).toBeCloseTo(2 * base.routeKm, 9);
    expect(longer.oneWayMs).toBeCloseTo(2 * base.oneWayMs, 9);
  });
});
