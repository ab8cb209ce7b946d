import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataset } from './index';
import { UNIT_BY_SUFFIX, unitForName, unitMismatches } from './units';

describe('unitForName', () => {
  it.each([
    ['itPowerMw', 'MW'],
    ['rackPowerKw', 'kW'],
    ['rackPowerPerGpuW', 'W'],
    ['hbmBytes', 'B'],
    ['hbmBandwidthBytesPerS', 'B/s'],
    ['denseBf16FlopPerS', 'FLOP/s'],
    ['speedOfLightKmPerS', 'km/s'],
    ['routeLengthKm', 'km'],
    ['equipmentDelayMs', 'ms'],
    ['conduitRouteFactor', '×'],
    ['floorAreaSqFt', 'sq ft'],
    ['investmentUsd', 'USD'],
  ])('%s promises %s', (name, unit) => expect(unitForName(name)).toBe(unit));

  it.each(['scaleUpDomain', 'groupIndex', 'flaw', 'W', 'computeH100e'])('%s promises no unit', (name) =>
    expect(unitForName(name)).toBeUndefined(),
  );

  it('maps any camelCase prefix plus a suffix to that suffix unit (no shorter suffix shadows a longer one)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,12}$/), fc.constantFrom(...UNIT_BY_SUFFIX), (prefix, pair) => {
        const [suffix, unit] = pair;
        expect(unitForName(prefix + suffix)).toBe(unit);
      }),
    );
  });
});

describe('unitMismatches', () => {
  it('names the file, record, field and both units when a figure is entered in the wrong unit', () => {
    const sites = [
      { id: 'x', figures: { itPowerMw: [{ value: 321000, unit: 'kW', status: 'known', source: 's', asOf: '2025' }] } },
    ];
    expect(unitMismatches('content/data/sites.json', sites)).toEqual([
      '  content/data/sites.json: record "x".figures.itPowerMw[0]: unit "kW" but the name "itPowerMw" promises "MW"',
    ]);
  });

  it('passes a figure whose name carries no unit', () => {
    const hw = [{ id: 'h', scaleUpDomain: { value: 8, unit: 'GPUs', status: 'known', source: 's', asOf: '2023' } }];
    expect(unitMismatches('hardware.json', hw)).toEqual([]);
  });
});

describe('the real data', () => {
  /** Every (name, unit) pair of every figure in the data set, found by shape. */
  function figuresByName(): [string, string][] {
    const found: [string, string][] = [];
    const visit = (v: unknown, key: string): void => {
      if (Array.isArray(v)) for (const item of v) visit(item, key);
      else if (v && typeof v === 'object') {
        if ('value' in v && 'unit' in v && typeof v.unit === 'string') found.push([key, v.unit]);
        else for (const [k, child] of Object.entries(v)) visit(child, k);
      }
    };
    visit([dataset.sites, dataset.hardware, dataset.links, dataset.runs], '');
    return found;
  }

  it('gives every figure whose name has a unit suffix exactly that unit', () => {
    const checked = figuresByName().filter(([name]) => unitForName(name) !== undefined);
    // Guards against a vacuous pass: the data set has well over a hundred unit-bearing figures.
    expect(checked.length).toBeGreaterThan(100);
    for (const [name, unit] of checked) expect({ name, unit }).toEqual({ name, unit: unitForName(name) });
  });
});
