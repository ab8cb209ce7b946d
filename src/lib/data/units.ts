/**
 * Figure names carry their unit (`itPowerMw`, `hbmBytes`), so the `unit` written beside the value
 * must agree with the name: a figure named in MW but entered in kW would silently be off by 1,000.
 */
import { figureSchema } from './provenance-schemas';
import { DataError } from './validate';

/** Name suffix -> the only unit a figure with that suffix may carry. Longest suffixes first. */
export const UNIT_BY_SUFFIX: readonly (readonly [suffix: string, unit: string])[] = [
  ['BytesPerS', 'B/s'],
  ['FlopPerS', 'FLOP/s'],
  ['KmPerS', 'km/s'],
  ['Bytes', 'B'],
  ['Percent', '%'],
  ['Factor', '×'],
  ['Acres', 'acres'],
  ['Miles', 'mi'],
  ['Years', 'years'],
  ['SqFt', 'sq ft'],
  ['Usd', 'USD'],
  ['Gw', 'GW'],
  ['Mw', 'MW'],
  ['Kw', 'kW'],
  ['Km', 'km'],
  ['Ms', 'ms'],
  ['Lb', 'lb'],
  ['W', 'W'],
];

/** The unit a figure name promises, or undefined when its name carries none (e.g. `scaleUpDomain`). */
export function unitForName(name: string): string | undefined {
  // Suffixes are capitalised camelCase words, so `powerW` matches "W" but `flaw` does not.
  for (const [suffix, unit] of UNIT_BY_SUFFIX) {
    if (name.endsWith(suffix) && name.length > suffix.length) return unit;
  }
  return undefined;
}

/** Every figure in `value` (found by shape, under whatever key holds it) whose unit disagrees with its name. */
export function unitMismatches(file: string, value: unknown): string[] {
  const problems: string[] = [];
  const visit = (v: unknown, key: string, path: string): void => {
    if (figureSchema.safeParse(v).success) {
      const { unit } = v as { unit: string };
      const expected = unitForName(key);
      if (expected !== undefined && unit !== expected) {
        problems.push(`  ${file}: ${path}: unit "${unit}" but the name "${key}" promises "${expected}"`);
      }
      return;
    }
    if (Array.isArray(v)) {
      // Records are named by id; entries of a series keep the name of the key holding the array.
      for (const [i, item] of v.entries()) {
        const id =
          item && typeof item === 'object' && 'id' in item && typeof item.id === 'string' ? item.id : undefined;
        visit(item, key, id ? `${path}record "${id}"` : `${path}[${i}]`);
      }
      return;
    }
    if (v && typeof v === 'object') {
      for (const [k, child] of Object.entries(v)) visit(child, k, path ? `${path}.${k}` : k);
    }
  };
  visit(value, '', '');
  return problems;
}

export function checkUnits(files: Record<string, unknown>): void {
  const problems = Object.entries(files).flatMap(([file, value]) => unitMismatches(file, value));
  if (problems.length) throw new DataError(`Units that disagree with figure names:\n${problems.join('\n')}`);
}
