/**
 * How series stay apart without colour: each index has a dash pattern, a marker shape and a fill
 * pattern (hatch.ts) as well as a colour class. Colours come from CSS (`.chart-c1` -> var(--chart-1)); the tokens
 * here are only the presentation-attribute fallback for an SVG lifted out of its figure.
 */

export const FALLBACK_COLOURS = [
  'var(--chart-1)',
  'var(--chart-2)',
  'var(--chart-3)',
  'var(--chart-4)',
  'var(--chart-5)',
  'var(--chart-6)',
] as const;

export const DASHES = ['', '7 4', '2 3', '9 3 2 3', '4 2', '12 3 3 3 3 3'] as const;

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'cross' | 'plus';
export const MARKERS: readonly MarkerShape[] = ['circle', 'square', 'triangle', 'diamond', 'cross', 'plus'];

export function colourClass(index: number): string {
  return `chart-c${(index % FALLBACK_COLOURS.length) + 1}`;
}

export function fallbackColour(index: number): string {
  return FALLBACK_COLOURS[index % FALLBACK_COLOURS.length] ?? 'currentColor';
}

export function dashFor(index: number): string | undefined {
  const d = DASHES[index % DASHES.length];
  return d ? d : undefined;
}

/** Path data for a marker of radius r centred on (0,0). */
export function markerPath(shape: MarkerShape, r: number): string {
  const f = (v: number) => String(Math.round(v * 100) / 100);
  switch (shape) {
    case 'circle':
      return `M${f(-r)},0a${f(r)},${f(r)} 0 1,0 ${f(2 * r)},0a${f(r)},${f(r)} 0 1,0 ${f(-2 * r)},0Z`;
    case 'square':
      return `M${f(-r * 0.9)},${f(-r * 0.9)}h${f(r * 1.8)}v${f(r * 1.8)}h${f(-r * 1.8)}Z`;
    case 'triangle':
      return `M0,${f(-r * 1.15)}L${f(r * 1.1)},${f(r * 0.8)}L${f(-r * 1.1)},${f(r * 0.8)}Z`;
    case 'diamond':
      return `M0,${f(-r * 1.25)}L${f(r * 1.1)},0L0,${f(r * 1.25)}L${f(-r * 1.1)},0Z`;
    case 'cross':
      return `M${f(-r)},${f(-r)}L${f(r)},${f(r)}M${f(r)},${f(-r)}L${f(-r)},${f(r)}`;
    case 'plus':
      return `M${f(-r * 1.2)},0H${f(r * 1.2)}M0,${f(-r * 1.2)}V${f(r * 1.2)}`;
  }
}

/** Open shapes are drawn with a stroke only; closed ones are filled. */
export function markerIsStroked(shape: MarkerShape): boolean {
  return shape === 'cross' || shape === 'plus';
}

export function markerFor(index: number): MarkerShape {
  return MARKERS[index % MARKERS.length] ?? 'circle';
}
