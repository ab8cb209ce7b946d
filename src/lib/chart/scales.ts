import { scaleLinear, scaleLog } from 'd3-scale';
import { formatNumber, formatPercent, formatSi } from '../format';
import type { AxisSpec, TickFormat } from './spec';

/** A continuous axis, ready to draw: value -> pixel, tick values and their labels ('' = tick without label). */
export interface ContinuousScale {
  (value: number): number;
  ticks: readonly number[];
  labels: readonly string[];
  domain: readonly [number, number];
  isLog: boolean;
}

export function axisTitle(axis: { label: string; unit: string }): string {
  return `${axis.label} (${axis.unit})`;
}

/** Extent of the data (plus the fixed points the caller adds), widened when it collapses to one value. */
function dataDomain(values: readonly number[], isLog: boolean, zero: boolean): [number, number] {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (lo > hi) return isLog ? [1, 10] : [0, 1]; // no data: an empty but well-formed axis
  if (zero && !isLog) {
    lo = Math.min(lo, 0);
    hi = Math.max(hi, 0);
  }
  // A collapsed extent (one value, or a span too small for tick arithmetic) gets a symmetric pad.
  const mag = Math.max(Math.abs(lo), Math.abs(hi));
  if (!(hi - lo > mag * 1e-9) || hi - lo < 1e-150) {
    if (isLog) return [Math.max(lo / 2, Number.MIN_VALUE), hi * 2];
    const pad = mag * 0.1 >= 1e-150 ? mag * 0.1 : 1;
    const mid = (lo + hi) / 2;
    return [mid - pad, mid + pad];
  }
  return [lo, hi];
}

export function continuousScale(
  axis: AxisSpec,
  values: readonly number[],
  range: readonly [number, number],
  tickCount: number,
): ContinuousScale {
  const isLog = axis.scale === 'log';
  const fixed = axis.domain !== undefined;
  const [d0, d1] = axis.domain ?? dataDomain(values, isLog, axis.zero ?? false);
  const s = isLog ? scaleLog().domain([d0, d1]).range(range) : scaleLinear().domain([d0, d1]).range(range);
  if (!fixed) s.nice(tickCount);
  const [n0, n1] = s.domain() as [number, number];
  const ticks = s.ticks(tickCount);
  const format = tickFormatter(
    axis.format ?? 'auto',
    axis.unit,
    s,
    tickCount,
    isLog,
    Math.max(Math.abs(n0), Math.abs(n1)),
  );
  const scale = ((v: number) => s(v)) as ContinuousScale;
  scale.ticks = ticks;
  scale.labels = ticks.map(format);
  scale.domain = [n0, n1];
  scale.isLog = isLog;
  return scale;
}

type D3Scale = ReturnType<typeof scaleLinear<number>> | ReturnType<typeof scaleLog<number>>;

/** Units an SI prefix may join ("10 ms", "1 Tbit/s"); on others ("km", "GPUs") a bare "m" or "µ" misleads. */
const PREFIXABLE_UNITS: ReadonlySet<string> = new Set(['s', 'B', 'bit', 'bit/s', 'B/s', 'FLOP', 'FLOP/s', 'W', 'Wh']);

/** d3's "~s" output split into the number and its SI prefix ("10m" -> ["10", "m"]). */
function splitSi(label: string): [string, string] {
  const m = /^(.*?)([yzafpnµmkMGTPEZY]?)$/.exec(label);
  return [m?.[1] ?? label, m?.[2] ?? ''];
}

function tickFormatter(
  format: TickFormat,
  unit: string,
  s: D3Scale,
  count: number,
  isLog: boolean,
  maxAbs: number,
): (v: number) => string {
  if (format === 'percent') return s.tickFormat(count, '~%');
  // d3's log formatter blanks the 2..9 multiples it has no room for; that is the behaviour we want.
  if (format !== 'si' && maxAbs < 1e5) return s.tickFormat(count, isLog ? ',~g' : undefined);
  const si = s.tickFormat(count, '~s');
  const plain = s.tickFormat(count, isLog ? ',~g' : ',~r');
  return (v: number) => {
    const label = si(v);
    if (label === '') return '';
    const [num, prefix] = splitSi(label);
    // With its unit the prefix reads as meant: "10 ms", not "10m" (minutes? metres?).
    if (PREFIXABLE_UNITS.has(unit)) return `${num} ${prefix}${unit}`;
    // Other units keep thousands as k/M/G and write fractions out.
    return prefix === '' || 'kMGTPEZY'.includes(prefix) ? label : plain(v);
  };
}

/** Tick count for an axis of `lengthPx`, starting from what the spec asks for a regular chart. */
export function tickCountFor(axis: AxisSpec, lengthPx: number, pxPerTick: number): number {
  const wanted = axis.ticks ?? 6;
  return Math.max(2, Math.min(wanted, Math.floor(lengthPx / pxPerTick)));
}

/** One value as a label (band axes, legends, tables): shared rounding rules, 3 significant figures. */
export function formatValue(v: number, format: TickFormat | undefined, unit = ''): string {
  if (format === 'percent') return formatPercent(v, 2);
  if (format === 'si' || Math.abs(v) >= 1e5) return formatSi(v, PREFIXABLE_UNITS.has(unit) ? unit : '', 3);
  return formatNumber(v, { sigFigs: 3 });
}
