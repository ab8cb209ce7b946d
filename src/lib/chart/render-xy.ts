import {
  type Area,
  fitLabel,
  type Layout,
  leftMarginFor,
  rightMarginForTicks,
  xAxisContinuous,
  yAxisContinuous,
} from './axes';
import { legend, marker } from './legend';
import { axisTitle, type ContinuousScale, continuousScale, tickCountFor } from './scales';
import type { Annotation, XYChartSpec } from './spec';
import { colourClass, dashFor, fallbackColour } from './style';
import { el, n, text, textWidth } from './svg';

/** Line, area and scatter charts: continuous x and y, one mark per series. */
export function renderXY(spec: XYChartSpec, layout: Layout): { body: string; height: number } {
  const { width, height, fontPx } = layout;
  const many = spec.series.length > 1;
  const widestLabel = Math.max(0, ...spec.series.map((s) => textWidth(s.label, fontPx)));
  // Direct labels at line ends read faster than a legend; fall back to a legend when they would eat the plot.
  const direct = many && spec.kind !== 'scatter' && widestLabel <= width * 0.26;
  const leg =
    many && !direct
      ? legend(
          spec.series.map((s, index) => ({
            label: s.label,
            index,
            swatch: spec.kind === 'scatter' ? 'marker' : 'line',
          })),
          2,
          2,
          width - 4,
          layout,
        )
      : { svg: '', height: 0 };

  const top = leg.height + fontPx * 2.4;
  const bottom = height - fontPx * 3.6;
  const annotations = spec.annotations ?? [];
  const ys = spec.series.flatMap((s) => s.points.map((p) => p.y));
  const xs = spec.series.flatMap((s) => s.points.map((p) => p.x));
  for (const a of annotations) {
    if (a.kind !== 'x') ys.push(a.y);
    if (a.kind !== 'y') xs.push(a.x);
  }
  const zeroY = spec.kind === 'area' ? { ...spec.y, zero: spec.y.zero ?? true } : spec.y;
  const y = continuousScale(zeroY, ys, [bottom, top], tickCountFor(spec.y, bottom - top, fontPx * 3));
  const left = leftMarginFor(y.labels, layout, 0.3);
  const xTicks = tickCountFor(spec.x, width - left, fontPx * 6);
  const firstPass = continuousScale(spec.x, xs, [left, width], xTicks);
  const right = width - Math.max(direct ? widestLabel + 14 : 0, rightMarginForTicks(firstPass.labels, layout, fontPx));
  const x = continuousScale(spec.x, xs, [left, right], tickCountFor(spec.x, right - left, fontPx * 6));
  const area: Area = { left, right, top, bottom };

  const clipId = `${layout.idPrefix}-clip`;
  // Padded so markers on the plot edge stay whole; only data beyond a fixed domain is cut.
  const clip = `<clipPath id="${clipId}">${el('rect', { x: left - 6, y: top - 6, width: right - left + 12, height: bottom - top + 12 })}</clipPath>`;

  // Later series are drawn first: where two lines coincide (a saturated 100 Tbit/s and 1 Pbit/s), the
  // lower one's dashes and markers stay visible on top of the other.
  const marks = spec.series
    .map((_, i) => seriesMarks(spec, i, x, y, bottom))
    .reverse()
    .join('');
  const labels = direct ? directLabels(spec, x, y, area, layout) : '';
  const key = ruleKey(annotations, area, layout, textWidth(`↑ ${axisTitle(spec.y)}`, fontPx) + 2);
  const notes = annotations.map((a) => annotation(a, x, y, area, layout, key.keyed.has(a))).join('') + key.svg;
  const empty = xs.length === 0 ? noData(area) : '';

  const body = [
    `<defs>${clip}</defs>`,
    leg.svg,
    yAxisContinuous(y, area, axisTitle(spec.y), layout),
    xAxisContinuous(x, area, axisTitle(spec.x), layout),
    `<g class="chart-marks" clip-path="url(#${clipId})">${marks}</g>`,
    labels,
    notes,
    empty,
  ].join('');
  return { body, height };
}

function seriesMarks(spec: XYChartSpec, i: number, x: ContinuousScale, y: ContinuousScale, bottom: number): string {
  const s = spec.series[i];
  if (!s || s.points.length === 0) return '';
  const pts = s.points.map((p) => [x(p.x), y(p.y)] as const);
  const cls = colourClass(i);
  const colour = fallbackColour(i);
  let out = '';
  if (spec.kind !== 'scatter' && pts.length > 1) {
    const d = pts.map(([px, py], k) => `${k ? 'L' : 'M'}${n(px)},${n(py)}`).join('');
    if (spec.kind === 'area') {
      const base = y.isLog ? bottom : Math.min(bottom, y(Math.max(0, y.domain[0])));
      const first = pts[0];
      const last = pts[pts.length - 1];
      if (first && last) {
        out += el('path', {
          class: `chart-area ${cls}`,
          d: `${d}L${n(last[0])},${n(base)}L${n(first[0])},${n(base)}Z`,
          fill: colour,
          'fill-opacity': 0.14,
        });
      }
    }
    out += el('path', {
      class: `chart-line ${cls}`,
      d,
      fill: 'none',
      stroke: colour,
      'stroke-dasharray': dashFor(i),
    });
  }
  // Markers on every point when few, else evenly spaced and offset per series so that lines which
  // coincide still show each series' markers, side by side rather than stacked.
  const series = Math.min(spec.series.length, 4);
  const step = spec.kind === 'scatter' || pts.length <= 12 ? 1 : Math.max(Math.ceil(pts.length / 12), series);
  const offset = i % step;
  const marks: string[] = [];
  pts.forEach(([px, py], k) => {
    if ((k - offset) % step === 0 || k === pts.length - 1)
      marks.push(marker(i, px, py, spec.kind === 'scatter' ? 4 : 3.4));
  });
  return `<g class="chart-series" data-series="${i}">${out}${marks.join('')}</g>`;
}

/** Series names at the right end of each line, nudged apart vertically so none overlap. */
function directLabels(spec: XYChartSpec, x: ContinuousScale, y: ContinuousScale, area: Area, layout: Layout): string {
  const gap = layout.fontPx * 1.15;
  const items = spec.series
    .map((s, index) => {
      const last = s.points[s.points.length - 1];
      return last ? { index, label: s.label, want: y(last.y), at: x(last.x) } : undefined;
    })
    .filter((v) => v !== undefined)
    .sort((a, b) => a.want - b.want);
  let prev = Number.NEGATIVE_INFINITY;
  const ys = items.map((it) => {
    prev = Math.max(it.want, prev + gap, area.top);
    return prev;
  });
  // If the stack ran off the bottom, settle it upwards from the bottom edge.
  let next = Number.POSITIVE_INFINITY;
  for (let k = ys.length - 1; k >= 0; k--) {
    next = Math.min(ys[k] ?? 0, next - gap, area.bottom);
    ys[k] = next;
  }
  const parts = items.map((it, k) =>
    text(Math.min(it.at, area.right) + 6, ys[k] ?? it.want, it.label, {
      class: `chart-direct-label ${colourClass(it.index)}`,
      fill: fallbackColour(it.index),
      dy: '0.32em',
    }),
  );
  return `<g class="chart-direct-labels" aria-hidden="true">${parts.join('')}</g>`;
}

function annotation(
  a: Annotation,
  x: ContinuousScale,
  y: ContinuousScale,
  area: Area,
  layout: Layout,
  keyed: boolean,
): string {
  const f = layout.fontPx;
  const maxLabel = (area.right - area.left) * 0.6;
  if (a.kind === 'x') {
    const px = x(a.x);
    const toLeft = px > area.left + (area.right - area.left) * 0.6;
    return `<g class="chart-annotation">${el('line', { class: 'chart-rule', stroke: 'currentColor', 'stroke-dasharray': '4 3', x1: px, x2: px, y1: area.top, y2: area.bottom })}${text(px + (toLeft ? -4 : 4), area.top + f * 0.4, fitLabel(a.label, maxLabel, f), { class: 'chart-annotation-label', 'text-anchor': toLeft ? 'end' : 'start', dy: '0.7em' })}</g>`;
  }
  if (a.kind === 'y') {
    // Labelled in the key above the plot when there is room (ruleKey): on the rule it would sit on curves near it.
    const py = y(a.y);
    const label = keyed
      ? ''
      : text(area.right - 4, py - 4, fitLabel(a.label, maxLabel, f), {
          class: 'chart-annotation-label',
          'text-anchor': 'end',
        });
    return `<g class="chart-annotation">${el('line', { class: 'chart-rule', stroke: 'currentColor', 'stroke-dasharray': '4 3', x1: area.left, x2: area.right, y1: py, y2: py })}${label}</g>`;
  }
  const px = x(a.x);
  const py = y(a.y);
  const toLeft = px > area.left + (area.right - area.left) * 0.6;
  const above = py > area.top + f * 2;
  return `<g class="chart-annotation">${el('circle', { class: 'chart-ring', fill: 'none', stroke: 'currentColor', 'stroke-width': 2, cx: px, cy: py, r: 7 })}${text(px + (toLeft ? -10 : 10), py + (above ? -10 : 16), fitLabel(a.label, maxLabel, f), { class: 'chart-annotation-label', 'text-anchor': toLeft ? 'end' : 'start' })}</g>`;
}

/**
 * The key for a single horizontal rule, right-aligned above the plot on the line of the y-axis title
 * when it fits beside the title (`startPx` is where that ends). Several rules look alike, so a key
 * could not tell them apart: they keep their labels on the rule.
 */
function ruleKey(
  annotations: readonly Annotation[],
  area: Area,
  layout: Layout,
  startPx: number,
): { svg: string; keyed: Set<Annotation> } {
  const keyed = new Set<Annotation>();
  if (annotations.filter((a) => a.kind === 'y').length !== 1) return { svg: '', keyed };
  const f = layout.fontPx;
  const swatch = f * 1.8;
  const yKey = area.top - f * 0.9;
  let right = area.right;
  const parts: string[] = [];
  for (const a of annotations) {
    if (a.kind !== 'y') continue;
    const label = fitLabel(a.label, (area.right - area.left) * 0.5, f);
    const x0 = right - textWidth(label, f) - swatch - 6;
    if (x0 < startPx + f) break;
    keyed.add(a);
    parts.push(
      el('line', {
        class: 'chart-rule',
        stroke: 'currentColor',
        'stroke-dasharray': '4 3',
        x1: x0,
        x2: x0 + swatch,
        y1: yKey - f * 0.32,
        y2: yKey - f * 0.32,
      }) + text(x0 + swatch + 6, yKey, label, { class: 'chart-annotation-label' }),
    );
    right = x0 - f;
  }
  return { svg: parts.length ? `<g class="chart-annotation chart-rule-key">${parts.join('')}</g>` : '', keyed };
}

export function noData(area: Area): string {
  return text((area.left + area.right) / 2, (area.top + area.bottom) / 2, 'No data', {
    class: 'chart-empty',
    'text-anchor': 'middle',
  });
}
