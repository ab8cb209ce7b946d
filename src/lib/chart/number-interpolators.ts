/**
 * What d3-scale imports from d3-interpolate, for numbers only (astro.config.mjs aliases d3-interpolate
 * here). Our scales map numbers to pixels; d3-interpolate's generic `interpolate` also parses colours
 * and strings, which pulls d3-color into every bundle with a chart. Measured on 2026-11-30: the two
 * were ~5 KB of each widget worker's gzip (step worker 32.4 -> 27.3 KB). Anything but a number
 * throws, so a chart that ever needs colour interpolation fails the build instead of drawing wrong.
 */
type Interpolator = (t: number) => number;

export function interpolateNumber(a: number, b: number): Interpolator {
  const a0 = +a;
  const b0 = +b;
  return (t) => a0 * (1 - t) + b0 * t;
}

export function interpolateRound(a: number, b: number): Interpolator {
  const a0 = +a;
  const b0 = +b;
  return (t) => Math.round(a0 * (1 - t) + b0 * t);
}

export function interpolate(a: unknown, b: unknown): Interpolator {
  if (typeof b !== 'number') throw new TypeError(`chart scales interpolate numbers only, not ${typeof b}`);
  return interpolateNumber(a as number, b);
}

/** d3's piecewise: one interpolator per pair of neighbouring values, t spread evenly over them. */
export function piecewise(
  makeOrValues: ((a: number, b: number) => Interpolator) | readonly number[],
  values: readonly number[] = [],
): Interpolator {
  const [make, vs] = typeof makeOrValues === 'function' ? [makeOrValues, values] : [interpolate, makeOrValues];
  const n = vs.length - 1;
  const parts: Interpolator[] = [];
  for (let i = 0; i < n; i++) parts.push(make(vs[i] as number, vs[i + 1] as number));
  return (t) => {
    const i = Math.max(0, Math.min(n - 1, Math.floor(t * n)));
    return (parts[i] as Interpolator)(t * n - i);
  };
}
