import type { ContinuousScale } from './scales';
import { CHAR_EM, el, text, textWidth } from './svg';

/** The drawing context shared by every chart kind. */
export interface Layout {
  width: number;
  height: number;
  fontPx: number;
  /** Prefix for ids inside this SVG (patterns, title, desc). */
  idPrefix: string;
  compact: boolean;
}

/** The plot rectangle inside the margins. */
export interface Area {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Drops labels that would touch the one before, so ticks stay legible on narrow charts. */
function spacedLabels(positions: readonly number[], labels: readonly string[], fontPx: number) {
  const kept: boolean[] = [];
  let lastRight = Number.NEGATIVE_INFINITY;
  positions.forEach((x, i) => {
    const label = labels[i] ?? '';
    const w = textWidth(label, fontPx);
    const ok = label !== '' && x - w / 2 > lastRight + fontPx * 0.5;
    kept.push(ok);
    if (ok) lastRight = x + w / 2;
  });
  return kept;
}

export function yAxisContinuous(scale: ContinuousScale, area: Area, title: string, layout: Layout): string {
  const parts: string[] = [];
  let lastY = Number.POSITIVE_INFINITY;
  scale.ticks.forEach((t, i) => {
    const y = scale(t);
    const label = scale.labels[i] ?? '';
    parts.push(
      el('line', { class: 'chart-grid', stroke: 'var(--chart-grid)', x1: area.left, x2: area.right, y1: y, y2: y }),
    );
    // Vertical spacing: skip a label that would overlap the one below it.
    if (label && lastY - y >= layout.fontPx * 1.1) {
      parts.push(text(area.left - 6, y, label, { class: 'chart-tick', 'text-anchor': 'end', dy: '0.32em' }));
      lastY = y;
    }
  });
  parts.push(
    el('line', {
      class: 'chart-axis',
      stroke: 'currentColor',
      x1: area.left,
      x2: area.left,
      y1: area.top,
      y2: area.bottom,
    }),
  );
  parts.push(yTitle(title, area, layout));
  return `<g class="chart-y-axis" aria-hidden="true">${parts.join('')}</g>`;
}

export function yTitle(title: string, area: Area, layout: Layout): string {
  return text(2, area.top - layout.fontPx * 0.9, `↑ ${title}`, { class: 'chart-axis-title' });
}

export function xAxisContinuous(scale: ContinuousScale, area: Area, title: string, layout: Layout): string {
  const parts: string[] = [];
  const xs = scale.ticks.map((t) => scale(t));
  const kept = spacedLabels(xs, scale.labels, layout.fontPx);
  xs.forEach((x, i) => {
    parts.push(
      el('line', { class: 'chart-axis', stroke: 'currentColor', x1: x, x2: x, y1: area.bottom, y2: area.bottom + 5 }),
    );
    if (kept[i]) {
      parts.push(
        text(x, area.bottom + 8, scale.labels[i] ?? '', { class: 'chart-tick', 'text-anchor': 'middle', dy: '0.8em' }),
      );
    }
  });
  return xAxisGroup(parts, area, title, layout);
}

/** The x axis's baseline and title after its ticks, as one group. */
function xAxisGroup(parts: string[], area: Area, title: string, layout: Layout): string {
  const baseline = el('line', {
    class: 'chart-axis',
    stroke: 'currentColor',
    x1: area.left,
    x2: area.right,
    y1: area.bottom,
    y2: area.bottom,
  });
  return `<g class="chart-x-axis" aria-hidden="true">${[...parts, baseline, xTitle(title, area, layout)].join('')}</g>`;
}

export function xTitle(title: string, area: Area, layout: Layout): string {
  return text(area.right, area.bottom + layout.fontPx * 2.9, `${title} →`, {
    class: 'chart-axis-title',
    'text-anchor': 'end',
  });
}

/** Category axis along x: labels centred under each band, thinned when they would collide. */
export function xAxisBand(
  centres: readonly number[],
  labels: readonly string[],
  area: Area,
  title: string,
  layout: Layout,
): string {
  const kept = spacedLabels(centres, labels, layout.fontPx);
  const parts = centres.map((x, i) =>
    kept[i]
      ? text(x, area.bottom + 8, labels[i] ?? '', { class: 'chart-tick', 'text-anchor': 'middle', dy: '0.8em' })
      : '',
  );
  return xAxisGroup(parts, area, title, layout);
}

/** Category axis along y (heat map rows, timeline rows). */
export function yAxisBand(
  centres: readonly number[],
  labels: readonly string[],
  area: Area,
  title: string | undefined,
  layout: Layout,
): string {
  const step = centres.length > 1 ? Math.abs((centres[1] ?? 0) - (centres[0] ?? 0)) : Number.POSITIVE_INFINITY;
  const every = Math.max(1, Math.ceil((layout.fontPx * 1.1) / step));
  const parts = centres.map((y, i) =>
    i % every === 0 && labels[i]
      ? text(area.left - 6, y, labels[i] ?? '', { class: 'chart-tick', 'text-anchor': 'end', dy: '0.32em' })
      : '',
  );
  if (title) parts.push(yTitle(title, area, layout));
  return `<g class="chart-y-axis" aria-hidden="true">${parts.join('')}</g>`;
}

/** Width the left margin needs for these labels, capped so the plot keeps most of the chart. */
export function leftMarginFor(labels: readonly string[], layout: Layout, capFraction = 0.4): number {
  const widest = Math.max(0, ...labels.map((l) => textWidth(l, layout.fontPx)));
  return Math.min(layout.width * capFraction, Math.max(28, widest + 12));
}

/**
 * Shorten a label to fit `maxPx` with an ellipsis in the middle, keeping both ends: "Wisconsin stage 1"
 * and "Wisconsin stage 2" must stay tellable apart.
 */
export function fitLabel(label: string, maxPx: number, fontPx: number): string {
  if (textWidth(label, fontPx) <= maxPx) return label;
  const chars = Math.max(2, Math.floor(maxPx / (fontPx * CHAR_EM)) - 1);
  const tail = Math.ceil(chars * 0.45);
  return `${label.slice(0, chars - tail).trimEnd()}…${label.slice(label.length - tail).trimStart()}`;
}

/**
 * Right margin that keeps the last x tick label inside the SVG: measure the labels a first pass
 * produces, then leave half the widest one at the end (never less than `minPx`).
 */
export function rightMarginForTicks(labels: readonly string[], layout: Layout, minPx: number): number {
  const last = [...labels].reverse().find((l) => l !== '') ?? '';
  return Math.max(minPx, textWidth(last, layout.fontPx) / 2 + 4);
}
