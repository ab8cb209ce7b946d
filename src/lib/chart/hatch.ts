/**
 * Fill patterns drawn as plain paths clipped to each rectangle. SVG <pattern> fills looked the same on
 * screen, but Chromium's PDF writer turned every patterned shape into an embedded bitmap: the printable
 * edition grew to 136 MB. Lines sit on one page-wide grid, so neighbouring bars' hatching lines up.
 */
import { el, n } from './svg';

export type HatchPattern = 'solid' | 'diagonal' | 'back-diagonal' | 'horizontal' | 'vertical' | 'cross' | 'dots';

/** Spacing of the hatch lines, in SVG units; matches the 6-unit tile the patterns used. */
const SPACING = 6;
/** The dots pattern: short dashes along horizontal lines. */
const DOT_DASH = '1.4 4.6';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

function horizontal(r: Rect): string[] {
  const out: string[] = [];
  for (let y = Math.ceil((r.y - SPACING / 2) / SPACING) * SPACING + SPACING / 2; y < r.y + r.height; y += SPACING)
    if (y > r.y) out.push(`M${n(r.x)},${n(y)}H${n(r.x + r.width)}`);
  return out;
}

function vertical(r: Rect): string[] {
  const out: string[] = [];
  for (let x = Math.ceil((r.x - SPACING / 2) / SPACING) * SPACING + SPACING / 2; x < r.x + r.width; x += SPACING)
    if (x > r.x) out.push(`M${n(x)},${n(r.y)}V${n(r.y + r.height)}`);
  return out;
}

/** Lines x + y = c ("/"), or x - y = c ("\") when `back`, clipped to the rectangle. */
function diagonal(r: Rect, back: boolean): string[] {
  const out: string[] = [];
  const [x0, x1, y0, y1] = [r.x, r.x + r.width, r.y, r.y + r.height];
  const [cMin, cMax] = back ? [x0 - y1, x1 - y0] : [x0 + y0, x1 + y1];
  for (let c = Math.ceil(cMin / SPACING) * SPACING; c <= cMax; c += SPACING) {
    const lo = back ? Math.max(x0, c + y0) : Math.max(x0, c - y1);
    const hi = back ? Math.min(x1, c + y1) : Math.min(x1, c - y0);
    if (hi - lo < 0.5) continue;
    const y = (x: number) => (back ? x - c : c - x);
    out.push(`M${n(lo)},${n(y(lo))}L${n(hi)},${n(y(hi))}`);
  }
  return out;
}

function hatchSegments(pattern: HatchPattern, r: Rect): string[] {
  switch (pattern) {
    case 'solid':
      return [];
    case 'horizontal':
    case 'dots':
      return horizontal(r);
    case 'vertical':
      return vertical(r);
    case 'cross':
      return [...horizontal(r), ...vertical(r)];
    case 'diagonal':
      return diagonal(r, false);
    case 'back-diagonal':
      return diagonal(r, true);
  }
}

/**
 * The hatching over one or more filled rectangles, as one <path> ('' for solid fills or shapes too
 * small to hatch): a timeline's intervals of one kind on one row share a single element.
 */
export function hatch(pattern: HatchPattern, r: Rect | readonly Rect[]): string {
  const segments = (Array.isArray(r) ? r : [r]).flatMap((one: Rect) => hatchSegments(pattern, one));
  if (segments.length === 0) return '';
  return el('path', {
    class: `chart-hatch chart-hatch--${pattern}`,
    d: segments.join(''),
    fill: 'none',
    stroke: 'currentColor',
    'stroke-width': 1.4,
    'stroke-dasharray': pattern === 'dots' ? DOT_DASH : undefined,
  });
}

/** Patterns for series told apart by index (bar series), in the order the old fill patterns had. */
export const SERIES_PATTERNS: readonly HatchPattern[] = [
  'solid',
  'diagonal',
  'dots',
  'cross',
  'horizontal',
  'back-diagonal',
];

export function seriesPattern(index: number): HatchPattern {
  return SERIES_PATTERNS[index % SERIES_PATTERNS.length] ?? 'solid';
}
