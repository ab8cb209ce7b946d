/**
 * A bad edit to a data file must fail the build with a message that names the file, the record
 * and the field. Each case starts from a valid record and breaks one thing.
 */
import { describe, expect, it } from 'vitest';
import { hardwareFileSchema } from './hardware';
import { linksFileSchema } from './links';
import { mergeSources } from './load-sources';
import { isIsoDate } from './provenance';
import { checkReferences } from './references';
import { type Site, sitesFileSchema } from './sites';
import { DataError, parseDataFile } from './validate';

const FILE = 'content/data/sites.json';

function validSite(): Record<string, unknown> {
  return {
    id: 'site-x',
    name: 'Site X',
    shortName: 'X',
    operator: 'Op',
    role: 'comparison',
    place: 'Somewhere',
    location: { lat: 10, lon: 20, status: 'estimated', source: 'src-a' },
    summary: 'A test site.',
    timeline: [
      { event: 'first-operation', date: '2025-10', label: 'On', status: 'known', source: 'src-a' },
      { event: 'public-launch', date: '2025-11-12', label: 'Launch', status: 'known', source: 'src-a' },
    ],
    figures: {
      itPowerMw: [
        { value: 321, unit: 'MW', status: 'estimated', source: 'src-a', asOf: '2025-10' },
        { value: 636, unit: 'MW', status: 'estimated', source: 'src-a', asOf: '2026-06' },
      ],
    },
    facts: {},
  };
}

/** Breaks one field of a valid site, parses it as the second record, and returns the error message. */
function errorFor(mutate: (site: Record<string, unknown>) => void): string {
  const broken = validSite();
  mutate(broken);
  try {
    parseDataFile(sitesFileSchema, [validSite(), { ...broken, id: 'broken-site' }], FILE);
  } catch (e) {
    expect(e).toBeInstanceOf(DataError);
    return (e as Error).message;
  }
  throw new Error('expected the record to be rejected');
}

const power = (site: Record<string, unknown>) =>
  (site.figures as Record<string, Record<string, unknown>[]>).itPowerMw as Record<string, unknown>[];
const firstPower = (site: Record<string, unknown>) => power(site)[0] as Record<string, unknown>;

describe('site records', () => {
  it('accepts the valid record the cases start from', () => {
    expect(parseDataFile(sitesFileSchema, [validSite()], FILE)).toHaveLength(1);
  });

  it.each<[string, (s: Record<string, unknown>) => void, RegExp]>([
    [
      'a negative value',
      (s) => {
        firstPower(s).value = -5;
      },
      /field "figures\.itPowerMw\.0\.value"/,
    ],
    [
      'NaN',
      (s) => {
        firstPower(s).value = Number.NaN;
      },
      /field "figures\.itPowerMw\.0\.value"/,
    ],
    [
      'a range with min above max',
      (s) => {
        firstPower(s).value = { min: 700, max: 600 };
      },
      /field "figures\.itPowerMw\.0\.value.*min must not exceed max/,
    ],
    [
      'an unknown status',
      (s) => {
        firstPower(s).status = 'rumoured';
      },
      /field "figures\.itPowerMw\.0\.status"/,
    ],
    [
      'a month that does not exist',
      (s) => {
        firstPower(s).asOf = '2025-13';
      },
      /field "figures\.itPowerMw\.0\.asOf": a date is YYYY, YYYY-MM or YYYY-MM-DD/,
    ],
    [
      'a day that does not exist',
      (s) => {
        firstPower(s).asOf = '2026-02-30';
      },
      /field "figures\.itPowerMw\.0\.asOf"/,
    ],
    [
      'a series out of date order',
      (s) => {
        power(s).reverse();
      },
      /field "figures\.itPowerMw": entries of a time series must be in asOf order/,
    ],
    [
      'a missing unit',
      (s) => {
        delete firstPower(s).unit;
      },
      /field "figures\.itPowerMw\.0\.unit"/,
    ],
    [
      'an unknown field (a typo of "note")',
      (s) => {
        firstPower(s).nots = 'typo';
      },
      /field "figures\.itPowerMw\.0"/,
    ],
    [
      'a timeline out of date order',
      (s) => {
        (s.timeline as unknown[]).reverse();
      },
      /field "timeline": timeline entries must be in date order/,
    ],
    [
      'an unknown timeline event',
      (s) => {
        ((s.timeline as unknown[])[0] as Record<string, unknown>).event = 'opened';
      },
      /field "timeline\.0\.event"/,
    ],
    [
      'a latitude off the globe',
      (s) => {
        (s.location as Record<string, unknown>).lat = 95;
      },
      /field "location\.lat"/,
    ],
  ])('rejects %s, naming file, record and field', (_name, mutate, field) => {
    const message = errorFor(mutate);
    expect(message).toContain(`${FILE}: record "broken-site" (#1)`);
    expect(message).toMatch(field);
    // The valid first record is not blamed.
    expect(message).not.toContain('record "site-x"');
  });
});

describe('isIsoDate', () => {
  it.each(['2025', '2025-10', '2025-11-12', '2024-02-29'])('accepts %s', (d) => expect(isIsoDate(d)).toBe(true));
  it.each(['25', '2025-1', '2025-00', '2025-10-32', '2025-02-29', '2025/10/01', '2025-10-01T00:00'])(
    'rejects %s',
    (d) => expect(isIsoDate(d)).toBe(false),
  );
});

describe('references', () => {
  const sites = parseDataFile(sitesFileSchema, [validSite()], FILE) as Site[];
  const links = parseDataFile(
    linksFileSchema,
    {
      fiber: Object.fromEntries(
        [
          'speedOfLightKmPerS',
          'groupIndex',
          'hollowCoreGroupIndex',
          'conduitRouteFactor',
          'internetRouteFactor',
          'defaultRouteFactor',
          'equipmentDelayMs',
          'fiberPairCapacityBytesPerS',
        ].map((k) => [k, { value: 1, unit: '', status: 'known', source: 'src-a', asOf: '2018' }]),
      ),
      wan: { name: 'WAN', summary: 's', figures: {} },
      links: [{ id: 'x-y', name: 'X-Y', from: 'site-x', to: 'site-y', schematic: true }],
    },
    'content/data/links.json',
  );
  const sources = new Map([
    [
      'src-a',
      { id: 'src-a', title: 'A', publisher: 'P', date: '2025', url: 'https://a.example', kind: 'primary' as const },
    ],
  ]);

  it('reports an unknown source id with file, record and field, and a link to a missing site', () => {
    const withTypo = structuredClone(sites);
    const first = withTypo[0]?.figures.itPowerMw?.[1];
    if (first) first.source = 'src-typo';
    expect(() => checkReferences({ sources, sites: withTypo, hardware: [], links, runs: [] })).toThrow(
      /content\/data\/sites\.json: record "site-x"\.figures\.itPowerMw\[1\]\.source: unknown source id "src-typo"/,
    );
    expect(() => checkReferences({ sources, sites, hardware: [], links, runs: [] })).toThrow(
      /links\.json: record "x-y", field "from\/to": unknown site "site-y"/,
    );
  });

  it('rejects a link that takes a reserved lookup id', () => {
    expect(() =>
      parseDataFile(
        linksFileSchema,
        { ...links, links: [{ id: 'fiber', name: 'F', from: 'a', to: 'b', schematic: true }] },
        'content/data/links.json',
      ),
    ).toThrow(/field "links\.0\.id": the link ids "fiber" and "wan" are reserved/);
  });

  it('rejects a source id defined in two files', () => {
    const one = [{ id: 'dup', title: 'T', publisher: 'P', date: '2025', url: 'https://x.example' }];
    expect(() => mergeSources({ 'a.json': one, 'b.json': one })).toThrow(/b\.json: source id "dup" is defined twice/);
  });
});

describe('hardware records', () => {
  it('rejects a hardware id outside the enum, naming the field', () => {
    expect(() => parseDataFile(hardwareFileSchema, [{ id: 'h300', name: 'x' }], 'content/data/hardware.json')).toThrow(
      /content\/data\/hardware\.json: record "h300" \(#0\), field "id"/,
    );
  });
});
