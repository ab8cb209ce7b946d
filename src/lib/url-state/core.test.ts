import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineUrlState, typedValueNotice } from './core';
import { enumField, flagField, idField, latLonField, numberField } from './fields';

const spec = defineUrlState('globe', {
  lat: numberField({ min: -90, max: 90 }, 30),
  zoom: numberField({ min: 1, max: 8 }, 2.5, 1),
  mode: enumField(['3d', 'map'] as const, '3d'),
  site: idField((id) => id === 'fairwater-atlanta' || id === 'fairwater-wisconsin'),
  sb: latLonField(),
  spin: flagField(true),
});

const stateArb = fc.record({
  lat: fc.double({ min: -90, max: 90, noNaN: true }),
  zoom: fc.double({ min: 1, max: 8, noNaN: true }),
  mode: fc.constantFrom('3d' as const, 'map' as const),
  site: fc.constantFrom(null, 'fairwater-atlanta', 'fairwater-wisconsin'),
  sb: fc.option(
    fc.record({
      lat: fc.double({ min: -90, max: 90, noNaN: true }),
      lon: fc.double({ min: -180, max: 180, noNaN: true }),
    }),
  ),
  spin: fc.boolean(),
});

describe('url-state', () => {
  it('leaves defaults out of the URL', () => {
    expect(spec.serialize(spec.defaults())).toBe('');
  });

  it('writes a version and short prefixed keys', () => {
    const s = { ...spec.defaults(), lat: 42.674, sb: { lat: 33.4, lon: -84.5 } };
    expect(spec.serialize(s)).toBe('v=1&globe.lat=42.67&globe.sb=33.4,-84.5');
  });

  it('round-trips any valid state through the URL (up to the precision kept)', () => {
    fc.assert(
      fc.property(stateArb, (s) => {
        const parsed = spec.parse(spec.serialize(s));
        expect(parsed.notices).toEqual([]);
        expect({ ...parsed.state }).toEqual({ ...spec.normalize(s) });
      }),
    );
  });

  it('never throws and always yields in-range values for arbitrary query strings', () => {
    const keys = fc.constantFrom(
      'v',
      'globe.lat',
      'globe.zoom',
      'globe.mode',
      'globe.site',
      'globe.sb',
      'globe.spin',
      '__proto__',
      'constructor',
      'globe.__proto__',
    );
    const query = fc.array(
      fc.tuple(
        keys,
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.double().map(String), fc.constant('1e999')),
      ),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(query, (pairs) => {
        const search = new URLSearchParams(pairs).toString();
        const { state } = spec.parse(search);
        expect(state.lat).toBeGreaterThanOrEqual(-90);
        expect(state.lat).toBeLessThanOrEqual(90);
        expect(state.zoom).toBeGreaterThanOrEqual(1);
        expect(state.zoom).toBeLessThanOrEqual(8);
        expect(Number.isFinite(state.lat) && Number.isFinite(state.zoom)).toBe(true);
        if (state.sb) expect(Math.abs(state.sb.lat) <= 90 && Math.abs(state.sb.lon) <= 180).toBe(true);
        // Canonical: serializing what we parsed, then parsing again, is a fixed point.
        const once = spec.serialize(state);
        expect(spec.serialize(spec.parse(once).state)).toBe(once);
      }),
    );
  });

  it('clamps out-of-range numbers with a notice', () => {
    const { state, notices } = spec.parse('v=1&globe.lat=1000&globe.zoom=-5');
    expect(state.lat).toBe(90);
    expect(state.zoom).toBe(1);
    expect(notices.map((n) => [n.key, n.kind])).toEqual([
      ['globe.lat', 'clamped'],
      ['globe.zoom', 'clamped'],
    ]);
  });

  it('ignores garbage with a notice: NaN, Infinity, hex, unicode digits, huge strings', () => {
    for (const bad of ['NaN', 'Infinity', '0x10', '١٢', '1e3', '', ' 5', 'x'.repeat(10_000)]) {
      const { state, notices } = spec.parse(new URLSearchParams({ v: '1', 'globe.lat': bad }));
      expect(state.lat).toBe(30);
      expect(notices).toHaveLength(1);
      expect(notices[0]?.kind).toBe('ignored');
    }
  });

  it('uses the first of repeated keys and says so', () => {
    const { state, notices } = spec.parse('globe.lat=10&globe.lat=20');
    expect(state.lat).toBe(10);
    expect(notices[0]?.kind).toBe('repeated');
  });

  it('is not polluted by __proto__ or constructor keys', () => {
    const { state } = spec.parse('globe.lat=5&__proto__=x&constructor=y&globe.__proto__[polluted]=1');
    expect(Object.keys(state).sort()).toEqual(['lat', 'mode', 'sb', 'site', 'spin', 'zoom']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects unknown ids and a different version', () => {
    expect(spec.parse('globe.site=nowhere').state.site).toBeNull();
    const other = spec.parse('v=2&globe.lat=10');
    expect(other.state.lat).toBe(30);
    expect(other.notices[0]?.kind).toBe('version');
  });

  it('keeps other views keys and coexists with them', () => {
    const q = spec.serialize({ ...spec.defaults(), lat: 10 }, 'v=1&campus.mw=300&utm=x');
    expect(q).toBe('v=1&campus.mw=300&globe.lat=10&utm=x');
    expect(spec.serialize(spec.defaults(), q)).toBe('v=1&campus.mw=300&utm=x');
  });

  it('wraps longitudes and clamps latitudes of a point', () => {
    const { state, notices } = spec.parse('globe.sb=95,190');
    expect(state.sb).toEqual({ lat: 90, lon: -170 });
    expect(notices[0]?.kind).toBe('clamped');
  });
});

describe('typedValueNotice', () => {
  const km = numberField({ min: 0, max: 5000 }, 1000, 0);

  it('says a typed value was clamped, in the words a clamped link gets', () => {
    const notice = typedValueNotice(km, 'step.km', 'Distance in km', 99999);
    expect(notice).toEqual({
      key: 'step.km',
      kind: 'clamped',
      message: 'Distance in km: 99999 is out of range; using 5000.',
    });
    const fromLink = defineUrlState('step', { km }).parse('v=1&step.km=99999').notices[0];
    expect(fromLink?.message).toBe('"step.km"="99999" is out of range; using 5000.');
  });

  it('says nothing for values in range or still being typed', () => {
    expect(typedValueNotice(km, 'step.km', 'Distance', 5000)).toBeUndefined();
    expect(typedValueNotice(km, 'step.km', 'Distance', 12.4)).toBeUndefined();
    expect(typedValueNotice(km, 'step.km', 'Distance', Number.NaN)).toBeUndefined();
  });
});
