import { describe, expect, it } from 'vitest';
import { dataset, lookupFigure, lookupSource } from './index';
import { createLookup, figureAt, type LookupParts } from './lookup';
import type { Figure } from './provenance';
import { DataError } from './validate';

const fig = (value: number, asOf: string, source = 'src-a'): Figure => ({
  value,
  unit: 'MW',
  status: 'estimated',
  source,
  asOf,
});

const fixture: LookupParts = {
  sources: new Map([
    ['src-a', { id: 'src-a', title: 'A', publisher: 'P', date: '2025', url: 'https://example.org/a', kind: 'primary' }],
  ]),
  sites: [
    {
      id: 'site-x',
      name: 'Site X',
      shortName: 'X',
      operator: 'Op',
      role: 'comparison',
      place: 'Somewhere',
      location: { lat: 1, lon: 2, status: 'estimated', source: 'src-a' },
      summary: 'A test site.',
      timeline: [],
      figures: { itPowerMw: [fig(100, '2025-10'), fig(300, '2026-06'), fig(350, '2026-06-23')] },
      facts: {},
    },
  ],
  hardware: [],
  links: {
    fiber: {
      speedOfLightKmPerS: { value: 204000, unit: 'km/s', status: 'known', source: 'src-a', asOf: '2018' },
      groupIndex: { value: 1.468, unit: '', status: 'known', source: 'src-a', asOf: '2018' },
      hollowCoreGroupIndex: { value: 1.0003, unit: '', status: 'known', source: 'src-a', asOf: '2018' },
      conduitRouteFactor: { value: 1.3, unit: '×', status: 'known', source: 'src-a', asOf: '2018' },
      internetRouteFactor: { value: 2.1, unit: '×', status: 'known', source: 'src-a', asOf: '2018' },
      defaultRouteFactor: { value: 1.3, unit: '×', status: 'assumed', source: 'src-a', asOf: '2018' },
      equipmentDelayMs: {
        value: { min: 0.01, max: 0.1 },
        unit: 'ms',
        status: 'estimated',
        source: 'src-a',
        asOf: '2018',
      },
      fiberPairCapacityBytesPerS: { value: 5e12, unit: 'B/s', status: 'estimated', source: 'src-a', asOf: '2018' },
    },
    wan: { name: 'WAN', summary: 's', figures: { reachGrowthPercent: fig(25, '2025') }, facts: {} },
    links: [
      {
        id: 'x-y',
        name: 'X – Y',
        from: 'site-x',
        to: 'site-x',
        schematic: true,
        routeFactor: { value: 1.3, unit: '×', status: 'assumed', source: 'src-a', asOf: '2026' },
        figures: { routeLengthKm: { ...fig(1300, '2026'), unit: 'km', source: 'missing-source' } },
        facts: {},
      },
    ],
  },
  runs: [],
};

const { lookupFigure: lookup, lookupSource: source } = createLookup(fixture);

describe('lookupFigure on a fixture', () => {
  it('returns the latest entry of a series, with the series and its source', () => {
    const r = lookup('sites.site-x.itPowerMw');
    expect(r.figure.value).toBe(350);
    expect(r.series).toHaveLength(3);
    expect(r.source.id).toBe('src-a');
    expect(r.path).toBe('sites.site-x.itPowerMw');
  });

  it('picks the entry in force at a date, across date precisions', () => {
    expect(lookup('sites.site-x.itPowerMw', { at: '2025-12-01' }).figure.value).toBe(100);
    expect(lookup('sites.site-x.itPowerMw', { at: '2026-06' }).figure.value).toBe(300);
    expect(lookup('sites.site-x.itPowerMw', { at: '2026-06-22' }).figure.value).toBe(300);
    expect(lookup('sites.site-x.itPowerMw', { at: '2026-06-23' }).figure.value).toBe(350);
    expect(lookup('sites.site-x.itPowerMw', { at: '2030' }).figure.value).toBe(350);
  });

  it('throws when no entry is in force yet, naming the start of the series', () => {
    expect(() => lookup('sites.site-x.itPowerMw', { at: '2025-09-30' })).toThrow(/starts on 2025-10/);
  });

  it('resolves fiber, wan, link fields and link figures', () => {
    expect(lookup('links.fiber.groupIndex').figure.value).toBe(1.468);
    expect(lookup('links.wan.reachGrowthPercent').figure.value).toBe(25);
    expect(lookup('links.x-y.routeFactor').figure.value).toBe(1.3);
    expect(lookup('links.x-y.routeFactor').series).toBeUndefined();
  });

  it.each([
    ['sites.site-y.itPowerMw', /no site "site-y"; sites are: site-x/],
    ['sites.site-x.itPowerMW', /has no figure "itPowerMW"; its figures are: itPowerMw/],
    ['hardware.h100.powerW', /no hardware "h100"; hardware ids are: \(none\)/],
    ['links.fiber.speedOfLight', /links.fiber has no figure "speedOfLight"; it has: .*speedOfLightKmPerS/],
    ['links.wan.bandwidth', /links.wan has no figure "bandwidth"; it has: reachGrowthPercent/],
    ['links.y-x.routeFactor', /no link "y-x"; after "links." come fiber, wan or a link id: x-y/],
    ['links.x-y.name', /link "x-y" has no figure "name"; its figures are: routeFactor, routeLengthKm/],
    ['runs.gpt-3.params', /no run "gpt-3"/],
    ['planets.earth.radiusKm', /unknown root "planets"/],
    ['sites.site-x', /three dot-separated parts/],
    ['sites.site-x.itPowerMw.extra', /three dot-separated parts/],
  ])('fails on %s with a message naming what exists', (path, message) => {
    expect(() => lookup(path)).toThrow(DataError);
    expect(() => lookup(path)).toThrow(message);
    expect(() => lookup(path)).toThrow(`"${path}"`);
  });

  it('fails when a figure names a missing source', () => {
    expect(() => lookup('links.x-y.routeLengthKm')).toThrow(/source "missing-source"/);
  });

  it('lookupSource returns a source or names the known ids', () => {
    expect(source('src-a').title).toBe('A');
    expect(() => source('src-b')).toThrow(/Unknown source id "src-b"; known ids: src-a/);
  });
});

describe('figureAt', () => {
  it('returns undefined before the first entry', () => {
    expect(figureAt([fig(1, '2026-01')], '2025-12-31')).toBeUndefined();
  });
});

describe('lookupFigure on the real data', () => {
  it('resolves the path the number component uses', () => {
    const r = lookupFigure('sites.fairwater-atlanta.rackPowerKw');
    expect(r.figure.unit).toBe('kW');
    expect(r.source.url).toMatch(/^https:\/\//);
  });

  it('resolves every site figure, hardware figure, link figure and run figure by path', () => {
    const paths: string[] = [];
    for (const s of dataset.sites) for (const name of Object.keys(s.figures)) paths.push(`sites.${s.id}.${name}`);
    for (const name of Object.keys(dataset.links.fiber)) paths.push(`links.fiber.${name}`);
    for (const name of Object.keys(dataset.links.wan.figures)) paths.push(`links.wan.${name}`);
    for (const l of dataset.links.links) for (const name of Object.keys(l.figures)) paths.push(`links.${l.id}.${name}`);
    for (const h of dataset.hardware) paths.push(`hardware.${h.id}.denseBf16FlopPerS`, `hardware.${h.id}.hbmBytes`);
    for (const r of dataset.runs) paths.push(`runs.${r.id}.params`);
    expect(paths.length).toBeGreaterThan(5);
    for (const p of paths) expect(lookupFigure(p).source.id).toBeTruthy();
  });

  it('lookupSource finds a real source', () => {
    expect(lookupSource('ms-infinite-scale-2025').publisher).toMatch(/Microsoft/);
  });
});
