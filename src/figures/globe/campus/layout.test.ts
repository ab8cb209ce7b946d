import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { campusLayout, RACKS_PER_HALL, RACKS_PER_ROW } from './layout';

describe('campus layout', () => {
  it('places exactly the racks asked for, no row over-full', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30_000 }), (racks) => {
        const layout = campusLayout(racks);
        expect(layout.rows.reduce((s, r) => s + r.racks, 0)).toBe(racks);
        expect(layout.halls.reduce((s, h) => s + h.racks, 0)).toBe(racks);
        expect(layout.rows.every((r) => r.racks > 0 && r.racks <= RACKS_PER_ROW)).toBe(true);
        expect(layout.halls.length).toBe(Math.ceil(racks / RACKS_PER_HALL));
      }),
      { numRuns: 50 },
    );
  });

  it('keeps halls apart', () => {
    const { halls } = campusLayout(20_000);
    const keys = new Set(halls.map((h) => `${h.x.toFixed(1)},${h.z.toFixed(1)}`));
    expect(keys.size).toBe(halls.length);
  });

  it('treats nonsense as an empty campus', () => {
    expect(campusLayout(-5).halls).toEqual([]);
    expect(campusLayout(Number.NaN).rows).toEqual([]);
  });
});
