/**
 * Honest number formatting: never more significant figures than the input deserves, ranges kept as
 * ranges, estimates marked. Every figure on the site passes through here.
 */

const SI_PREFIXES: readonly [number, string][] = [
  [1e18, 'E'],
  [1e15, 'P'],
  [1e12, 'T'],
  [1e9, 'G'],
  [1e6, 'M'],
  [1e3, 'k'],
];

/** Round to `sigFigs` significant figures (ties away from zero), returning a number. */
export function roundSig(x: number, sigFigs: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  const p = Math.max(1, Math.min(15, Math.round(sigFigs)));
  return Number.parseFloat(x.toPrecision(p));
}

/** Significant figures a figure as written carries: 140 -> 2, 1.468 -> 4, 989e12 -> 3, 16384 -> 5. */
export function sigFigsOf(x: number): number {
  if (!Number.isFinite(x) || x === 0) return 1;
  const digits = Math.abs(x).toExponential().split('e')[0]?.replace('.', '').replace(/0+$/, '') ?? '';
  return Math.max(1, digits.length);
}

export interface NumberFormatOptions {
  sigFigs?: number;
  /** Use thousands separators (default true). */
  grouping?: boolean;
}

/** A plain number with grouping: 1068 -> "1,068"; 0.000123 -> "0.000123". */
export function formatNumber(x: number, opts: NumberFormatOptions = {}): string {
  if (!Number.isFinite(x)) return '–';
  const v = opts.sigFigs ? roundSig(x, opts.sigFigs) : x;
  const abs = Math.abs(v);
  const maxFrac = abs === 0 ? 0 : Math.max(0, Math.min(12, (opts.sigFigs ?? 3) - 1 - Math.floor(Math.log10(abs))));
  return numberFormat(opts.grouping ?? true, opts.sigFigs ? maxFrac : Math.max(maxFrac, 2)).format(v);
}

// Building an Intl.NumberFormat costs ~0.1 ms; charts format thousands of ticks and labels per draw.
const formatters = new Map<string, Intl.NumberFormat>();
function numberFormat(useGrouping: boolean, maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${useGrouping}:${maximumFractionDigits}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat('en-US', { useGrouping, maximumFractionDigits });
    formatters.set(key, f);
  }
  return f;
}

/** A number with an SI prefix on its unit: 2.5e15 FLOP/s -> "2.5 PFLOP/s". */
export function formatSi(x: number, unit: string, sigFigs = 3): string {
  if (!Number.isFinite(x)) return '–';
  const abs = Math.abs(x);
  for (const [scale, prefix] of SI_PREFIXES) {
    if (abs >= scale) return `${formatNumber(x / scale, { sigFigs })} ${prefix}${unit}`;
  }
  return `${formatNumber(x, { sigFigs })} ${unit}`.trim();
}

/** Bytes in decimal units (TB, not TiB), as link and memory vendors quote them. */
export function formatBytes(bytes: number, sigFigs = 3): string {
  return formatSi(bytes, 'B', sigFigs);
}

/** Bandwidth: bytes/s inside the engine, bits/s at the edge where networks are quoted in bits. */
export function formatBitsPerS(bytesPerS: number, sigFigs = 3): string {
  return formatSi(bytesPerS * 8, 'bit/s', sigFigs);
}

/** A duration in the unit a reader would choose: µs, ms, s, min, h or days. */
export function formatDurationMs(ms: number, sigFigs = 3): string {
  if (!Number.isFinite(ms)) return '–';
  const abs = Math.abs(ms);
  if (abs < 1) return `${formatNumber(ms * 1000, { sigFigs })} µs`;
  if (abs < 1000) return `${formatNumber(ms, { sigFigs })} ms`;
  if (abs < 60_000) return `${formatNumber(ms / 1000, { sigFigs })} s`;
  if (abs < 3_600_000) return `${formatNumber(ms / 60_000, { sigFigs })} min`;
  if (abs < 172_800_000) return `${formatNumber(ms / 3_600_000, { sigFigs })} h`;
  return `${formatNumber(ms / 86_400_000, { sigFigs })} days`;
}

export type UnitSystem = 'metric' | 'us';
export const KM_PER_MILE = 1.609344;

/** Distances in km, or miles for readers who chose US units. */
export function formatDistanceKm(km: number, units: UnitSystem = 'metric', sigFigs = 3): string {
  if (units === 'us') return `${formatNumber(km / KM_PER_MILE, { sigFigs })} mi`;
  return `${formatNumber(km, { sigFigs })} km`;
}

export function formatPercent(fraction: number, sigFigs = 2): string {
  if (!Number.isFinite(fraction)) return '–';
  return `${formatNumber(fraction * 100, { sigFigs })}%`;
}
