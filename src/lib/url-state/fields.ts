/**
 * One field of a view's URL state. `read` turns the raw query value into a value or a problem;
 * `write` is the one canonical text for a value. Fields never see other fields' keys.
 */
export type FieldRead<T> = { ok: true; value: T; clampedFrom?: string } | { ok: false; reason: string };

export interface Field<T> {
  readonly defaultValue: T;
  read(raw: string): FieldRead<T>;
  write(value: T): string;
  /** Brings any in-domain value to the precision the URL keeps, so parse(serialize(s)) == normalize(s). */
  normalize(value: T): T;
  equals(a: T, b: T): boolean;
}

/** Longer values are garbage for every field we have; capping early keeps hostile input cheap. */
export const MAX_RAW_LENGTH = 64;

// Plain ASCII decimal only: Number() would also accept '0x10', '1e3', ' 5 ' and ''.
const DECIMAL = /^-?(?:\d+\.?\d*|\.\d+)$/;

function parseDecimal(raw: string): number | undefined {
  if (!DECIMAL.test(raw)) return undefined;
  const n = Number(raw);
  return Number.isFinite(n) ? n : undefined;
}

function roundTo(x: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = Math.round(x * f) / f;
  return Object.is(r, -0) ? 0 : r;
}

function formatDecimal(x: number, decimals: number): string {
  // toFixed then trim zeros: "12.50" -> "12.5", "3.00" -> "3"; never exponent notation in range.
  const s = roundTo(x, decimals).toFixed(decimals);
  return decimals > 0 ? s.replace(/\.?0+$/, '') : s;
}

/** Plain numbers, so URL state needs no zod in the browser; widgets read them from the build-time payload. */
export interface NumberBounds {
  min: number;
  max: number;
}

/**
 * A number within bounds (derived from the engine's or the widgets' schemas at build time): out-of-range
 * values are clamped to the bounds, not rejected, so an old or edited link still opens.
 */
export function numberField(bounds: NumberBounds, defaultValue: number, decimals = 2): Field<number> {
  const { min, max } = bounds;
  if (!Number.isFinite(min) || !Number.isFinite(max) || min > max) {
    throw new Error('url-state number fields need finite bounds with min <= max');
  }
  const clamp = (x: number) => Math.min(max, Math.max(min, x));
  const normalize = (x: number) => clamp(roundTo(clamp(x), decimals));
  return {
    defaultValue,
    read(raw) {
      const n = parseDecimal(raw);
      if (n === undefined) return { ok: false, reason: 'not a number' };
      const value = normalize(n);
      if (clamp(n) !== n) return { ok: true, value, clampedFrom: raw };
      return { ok: true, value };
    },
    write: (x) => formatDecimal(normalize(x), decimals),
    normalize,
    equals: (a, b) => a === b,
  };
}

/** One of a fixed list of short words (ids, modes). */
export function enumField<const T extends string>(values: readonly T[], defaultValue: T): Field<T> {
  const allowed = new Set<string>(values);
  return {
    defaultValue,
    read: (raw) => (allowed.has(raw) ? { ok: true, value: raw as T } : { ok: false, reason: 'not one of the options' }),
    write: (x) => x,
    normalize: (x) => x,
    equals: (a, b) => a === b,
  };
}

/** An optional id (a site id, say): lower-case words joined by hyphens, or nothing. */
export function idField(isKnown: (id: string) => boolean): Field<string | null> {
  return {
    defaultValue: null,
    read(raw) {
      if (!/^[a-z0-9][a-z0-9-]*$/.test(raw)) return { ok: false, reason: 'not an id' };
      if (!isKnown(raw)) return { ok: false, reason: 'no such item' };
      return { ok: true, value: raw };
    },
    write: (x) => x ?? '',
    normalize: (x) => x,
    equals: (a, b) => a === b,
  };
}

export function flagField(defaultValue: boolean): Field<boolean> {
  return {
    defaultValue,
    read(raw) {
      if (raw === '1') return { ok: true, value: true };
      if (raw === '0') return { ok: true, value: false };
      return { ok: false, reason: 'not 0 or 1' };
    },
    write: (x) => (x ? '1' : '0'),
    normalize: (x) => x,
    equals: (a, b) => a === b,
  };
}

export interface LatLonValue {
  lat: number;
  lon: number;
}

function wrapLon(lon: number): number {
  const w = ((((lon + 180) % 360) + 360) % 360) - 180;
  return w === -180 && lon > 0 ? 180 : w;
}

/**
 * An optional point as "lat,lon" (one key, so half a point cannot exist). Latitude clamps to ±90;
 * longitude wraps, since 190° east is a real place (170° west).
 */
export function latLonField(decimals = 2): Field<LatLonValue | null> {
  const normalize = (p: LatLonValue | null): LatLonValue | null => {
    if (p === null) return null;
    const lat = roundTo(Math.min(90, Math.max(-90, p.lat)), decimals);
    let lon = roundTo(wrapLon(p.lon), decimals);
    if (lon === -180) lon = 180;
    return { lat, lon };
  };
  return {
    defaultValue: null,
    read(raw) {
      const parts = raw.split(',');
      if (parts.length !== 2) return { ok: false, reason: 'not "lat,lon"' };
      const lat = parseDecimal(parts[0] ?? '');
      const lon = parseDecimal(parts[1] ?? '');
      if (lat === undefined || lon === undefined) return { ok: false, reason: 'not "lat,lon"' };
      // Wrapping longitudes by thousands of turns is no kindness: treat absurd values as garbage.
      if (Math.abs(lon) > 3600) return { ok: false, reason: 'longitude far out of range' };
      const value = normalize({ lat, lon }) as LatLonValue;
      const clamped = lat < -90 || lat > 90 || lon < -180 || lon > 180;
      return clamped ? { ok: true, value, clampedFrom: raw } : { ok: true, value };
    },
    write: (p) => {
      const n = normalize(p);
      return n === null ? '' : `${formatDecimal(n.lat, decimals)},${formatDecimal(n.lon, decimals)}`;
    },
    normalize,
    equals: (a, b) => (a === null || b === null ? a === b : a.lat === b.lat && a.lon === b.lon),
  };
}
