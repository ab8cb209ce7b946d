import type { Layout } from './axes';
import { hatch, type Rect, seriesPattern } from './hatch';
import { colourClass, dashFor, fallbackColour, markerFor, markerIsStroked, markerPath } from './style';
import { el, n, text, textWidth } from './svg';
import { TRAFFIC_KINDS, type TrafficKindId, trafficClass } from './traffic-kinds';

export interface LegendEntry {
  label: string;
  index: number;
  /** `line`: dash + marker (line, area, scatter); `fill`: a swatch with the fill pattern (bars, intervals). */
  swatch: 'line' | 'marker' | 'fill';
  /** A timeline kind: drawn in its colour and pattern from the traffic key instead of by index. */
  traffic?: TrafficKindId;
}

const SWATCH_PX = 26;

/** Series marker at (x, y): the shape, in the series colour, so points read without colour too. */
export function marker(index: number, x: number, y: number, r = 3.6): string {
  const shape = markerFor(index);
  const stroked = markerIsStroked(shape);
  return el('path', {
    class: `chart-marker ${colourClass(index)}${stroked ? ' chart-marker--open' : ''}`,
    d: markerPath(shape, r),
    transform: `translate(${Math.round(x * 100) / 100},${Math.round(y * 100) / 100})`,
    fill: stroked ? 'none' : fallbackColour(index),
    stroke: fallbackColour(index),
  });
}

function swatch(entry: LegendEntry, x: number, y: number, layout: Layout): string {
  const cls = colourClass(entry.index);
  if (entry.swatch === 'fill') {
    const size = layout.fontPx;
    const base = { x, y: y - size / 2, width: SWATCH_PX - 8, height: size };
    return filledRect(base, entry.traffic === undefined ? entry.index : entry.traffic);
  }
  const line =
    entry.swatch === 'line'
      ? el('line', {
          class: `chart-line ${cls}`,
          x1: x,
          x2: x + SWATCH_PX - 6,
          y1: y,
          y2: y,
          stroke: fallbackColour(entry.index),
          'stroke-dasharray': dashFor(entry.index),
        })
      : '';
  return line + marker(entry.index, x + (SWATCH_PX - 6) / 2, y);
}

/**
 * A rectangle in a series' (by index) or a traffic kind's colour and pattern: bars, intervals and
 * legend swatches all come through here, so a swatch always matches its marks.
 */
export function filledRect(
  r: { x: number; y: number; width: number; height: number },
  by: number | TrafficKindId,
): string {
  if (typeof by === 'number')
    return (
      el('rect', { ...r, class: `chart-fill ${colourClass(by)}`, fill: fallbackColour(by) }) +
      hatch(seriesPattern(by), r)
    );
  return el('rect', { ...r, class: `chart-fill ${trafficClass(by)}` }) + hatch(TRAFFIC_KINDS[by].pattern, r);
}

/**
 * Several rectangles of one traffic kind as one filled path and one hatch path: a step's timeline has
 * hundreds of intervals, and an element per interval made the step widget's page ~0.5 MB of SVG.
 */
export function filledRects(rects: readonly Rect[], kind: TrafficKindId): string {
  const d = rects.map((r) => `M${n(r.x)},${n(r.y)}h${n(r.width)}v${n(r.height)}h${n(-r.width)}Z`).join('');
  return el('path', { class: `chart-fill ${trafficClass(kind)}`, d }) + hatch(TRAFFIC_KINDS[kind].pattern, rects);
}

/** A wrapping legend starting at (x, y); returns the markup and the height it used. */
export function legend(
  entries: readonly LegendEntry[],
  x: number,
  y: number,
  maxWidth: number,
  layout: Layout,
): { svg: string; height: number } {
  if (entries.length === 0) return { svg: '', height: 0 };
  const rowH = layout.fontPx * 1.6;
  const parts: string[] = [];
  let cx = x;
  let cy = y + rowH / 2;
  for (const entry of entries) {
    const w = SWATCH_PX + textWidth(entry.label, layout.fontPx) + layout.fontPx;
    if (cx > x && cx + w > x + maxWidth) {
      cx = x;
      cy += rowH;
    }
    parts.push(swatch(entry, cx, cy, layout));
    parts.push(text(cx + SWATCH_PX, cy, entry.label, { class: 'chart-legend-label', dy: '0.32em' }));
    cx += w;
  }
  return { svg: `<g class="chart-legend" aria-hidden="true">${parts.join('')}</g>`, height: cy - y + rowH / 2 };
}
