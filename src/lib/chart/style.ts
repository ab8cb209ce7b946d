/**
 * How series stay apart without colour: each index has a dash pattern, a marker shape and a fill
 * pattern as well as a colour class. Colours come from CSS (`.chart-c1` -> var(--chart-1)); the tokens
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

/**
 * Fill patterns for bars, intervals and legend swatches: index 0 is solid, the rest overlay thin lines
 * or dots in the background colour, so kinds differ in print and for readers who do not see the hue.
 */
export function patternDefs(prefix: string, count: number): string {
  const defs: string[] = [];
  for (let i = 1; i < count; i++) {
    defs.push(
      `<pattern id="${prefix}-p${i}" patternUnits="userSpaceOnUse" width="6" height="6">${patternBody(i)}</pattern>`,
    );
  }
  return defs.length ? `<defs>${defs.join('')}</defs>` : '';
}

function patternBody(index: number): string {
  const cls = 'class="chart-hatch" stroke="var(--color-bg)" stroke-width="1.4"';
  switch (index % 6) {
    case 1:
      return `<path ${cls} d="M-1,1L1,-1M0,6L6,0M5,7L7,5"/>`;
    case 2:
      return `<circle class="chart-hatch-dot" fill="var(--color-bg)" cx="3" cy="3" r="1.2"/>`;
    case 3:
      return `<path ${cls} d="M0,3H6M3,0V6"/>`;
    case 4:
      return `<path ${cls} d="M0,1.5H6M0,4.5H6"/>`;
    default:
      return `<path ${cls} d="M-1,5L1,7M0,0L6,6M5,-1L7,1"/>`;
  }
}

export function patternFill(prefix: string, index: number): string | undefined {
  return index % 6 === 0 ? undefined : `url(#${prefix}-p${index % 6})`;
}
