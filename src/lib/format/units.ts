/**
 * The one unit conversion module. Each unit is a factor to a base unit of its dimension. The engine
 * never converts (it works in base units: bytes, bytes/s, seconds); data, controls and displays
 * convert here, at the edges, with `convert` where the units are known when the code is written
 * (a wrong pair is a type error) and `convertUnit` where they come from a data file.
 */
import type { UnitSystem } from './number';

interface UnitDef {
  readonly dimension: string;
  /** Multiply a value in this unit by `factor` to get the dimension's base unit. */
  readonly factor: number;
}

const UNITS = {
  W: { dimension: 'power', factor: 1 },
  kW: { dimension: 'power', factor: 1e3 },
  MW: { dimension: 'power', factor: 1e6 },
  GW: { dimension: 'power', factor: 1e9 },
  m: { dimension: 'length', factor: 1 },
  km: { dimension: 'length', factor: 1e3 },
  mi: { dimension: 'length', factor: 1609.344 },
  ft: { dimension: 'length', factor: 0.3048 },
  m2: { dimension: 'area', factor: 1 },
  'sq ft': { dimension: 'area', factor: 0.09290304 },
  ha: { dimension: 'area', factor: 1e4 },
  acres: { dimension: 'area', factor: 4046.8564224 },
  km2: { dimension: 'area', factor: 1e6 },
  'sq mi': { dimension: 'area', factor: 2589988.110336 },
  B: { dimension: 'bytes', factor: 1 },
  kB: { dimension: 'bytes', factor: 1e3 },
  MB: { dimension: 'bytes', factor: 1e6 },
  GB: { dimension: 'bytes', factor: 1e9 },
  TB: { dimension: 'bytes', factor: 1e12 },
  PB: { dimension: 'bytes', factor: 1e15 },
  'B/s': { dimension: 'rate', factor: 1 },
  'GB/s': { dimension: 'rate', factor: 1e9 },
  'TB/s': { dimension: 'rate', factor: 1e12 },
  'bit/s': { dimension: 'rate', factor: 1 / 8 },
  'Gbit/s': { dimension: 'rate', factor: 1e9 / 8 },
  'Tbit/s': { dimension: 'rate', factor: 1e12 / 8 },
  'Pbit/s': { dimension: 'rate', factor: 1e15 / 8 },
  µs: { dimension: 'time', factor: 1e-6 },
  ms: { dimension: 'time', factor: 1e-3 },
  s: { dimension: 'time', factor: 1 },
  min: { dimension: 'time', factor: 60 },
  h: { dimension: 'time', factor: 3600 },
  d: { dimension: 'time', factor: 86400 },
  kg: { dimension: 'mass', factor: 1 },
  t: { dimension: 'mass', factor: 1000 },
  lb: { dimension: 'mass', factor: 0.45359237 },
} as const satisfies Record<string, UnitDef>;

export type Unit = keyof typeof UNITS;
type Dimension<U extends Unit> = (typeof UNITS)[U]['dimension'];
/** The units of one dimension: convert('Tbit/s', 'B/s') compiles, convert('Tbit/s', 'km') does not. */
export type UnitOf<D extends string> = { [U in Unit]: Dimension<U> extends D ? U : never }[Unit];

export function convert<From extends Unit>(value: number, from: From, to: UnitOf<Dimension<From>>): number {
  return (value * UNITS[from].factor) / UNITS[to as Unit].factor;
}

const unitDef = (unit: string): UnitDef | undefined => (Object.hasOwn(UNITS, unit) ? UNITS[unit as Unit] : undefined);

/** How units are written on the page where the data spelling is ASCII. */
const DISPLAY_NAMES: Record<string, string> = { m2: 'm²', km2: 'km²' };

export function unitLabel(unit: string): string {
  return DISPLAY_NAMES[unit] ?? unit;
}

export function canConvert(from: string, to: string): boolean {
  const a = unitDef(from);
  const b = unitDef(to);
  return Boolean(a && b && a.dimension === b.dimension);
}

/** Converts `value` from one unit to another of the same dimension; throws otherwise (a build error). */
export function convertUnit(value: number, from: string, to: string): number {
  if (from === to) return value;
  const a = unitDef(from);
  const b = unitDef(to);
  if (!a || !b) throw new Error(`Cannot convert "${from}" to "${to}": unknown unit "${!a ? from : to}"`);
  if (a.dimension !== b.dimension) {
    throw new Error(`Cannot convert "${from}" (${a.dimension}) to "${to}" (${b.dimension})`);
  }
  return (value * a.factor) / b.factor;
}

/**
 * The unit a reader of each system sees for a unit the data uses: distances, areas and masses have
 * both a metric and a US spelling; everything else is shared.
 */
const SYSTEM_PAIRS: Record<string, Record<UnitSystem, string>> = {
  km: { metric: 'km', us: 'mi' },
  mi: { metric: 'km', us: 'mi' },
  m: { metric: 'm', us: 'ft' },
  ft: { metric: 'm', us: 'ft' },
  acres: { metric: 'ha', us: 'acres' },
  ha: { metric: 'ha', us: 'acres' },
  km2: { metric: 'km2', us: 'sq mi' },
  'sq mi': { metric: 'km2', us: 'sq mi' },
  m2: { metric: 'm2', us: 'sq ft' },
  'sq ft': { metric: 'm2', us: 'sq ft' },
  // Tonnes, not kilograms: the masses quoted (a building's steel) are millions of pounds.
  lb: { metric: 't', us: 'lb' },
  t: { metric: 't', us: 'lb' },
};

/** The units to show for each system, or null when the unit reads the same everywhere. */
export function unitsBySystem(unit: string): Record<UnitSystem, string> | null {
  return SYSTEM_PAIRS[unit] ?? null;
}
