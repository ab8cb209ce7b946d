import geodesic from 'geographiclib-geodesic';
import { describe, expect, it } from 'vitest';
import { SimInputError } from './errors';
import { fiberKmPerS } from './geo';
import { fiberLatencyMs, greatCircleKm } from './geo-checked';

const WGS84 = geodesic.Geodesic.WGS84;
const cities = {
  madison: { lat: 43.0731, lon: -89.4012 },
  atlanta: { lat: 33.749, lon: -84.388 },
  london: { lat: 51.5074, lon: -0.1278 },
  newYork: { lat: 40.7128, lon: -74.006 },
  sydney: { lat: -33.8688, lon: 151.2093 },
  tokyo: { lat: 35.6762, lon: 139.6503 },
  quito: { lat: -0.1807, lon: -78.4678 },
  helsinki: { lat: 60.1699, lon: 24.9384 },
};
type City = keyof typeof cities;
const pairs: [City, City][] = [
  ['madison', 'atlanta'],
  ['london', 'newYork'],
  ['sydney', 'tokyo'],
  ['quito', 'helsinki'],
  ['newYork', 'sydney'],
];

describe('geo', () => {
  it.each(pairs)('great circle %s–%s within 0.5%% of the WGS84 geodesic', (a, b) => {
    const A = cities[a];
    const B = cities[b];
    const ref = (WGS84.Inverse(A.lat, A.lon, B.lat, B.lon).s12 ?? Number.NaN) / 1000;
    expect(Math.abs(greatCircleKm(A, B) / ref - 1)).toBeLessThan(0.005);
  });

  it('fibre delay is km × route factor / ~204,000 km/s, one way', () => {
    expect(fiberKmPerS()).toBeGreaterThan(200_000);
    expect(fiberLatencyMs(1000, { routeFactor: 1 })).toBeCloseTo((1000 / fiberKmPerS()) * 1000, 12);
  });

  it('rejects a negative distance and bad coordinates', () => {
    expect(() => fiberLatencyMs(-1)).toThrow(SimInputError);
    expect(() => greatCircleKm({ lat: 91, lon: 0 }, { lat: 0, lon: 0 })).toThrow(/lat/);
  });
});
