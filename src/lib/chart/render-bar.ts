import { type Area, fitLabel, type Layout, leftMarginFor, xAxisBand, yAxisContinuous } from './axes';
import { filledRect, legend } from './legend';
import { axisTitle, continuousScale, tickCountFor } from './scales';
import type { BarChartSpec } from './spec';
import { el, text } from './svg';

/**
 * Grouped bars: categories along x, one bar per series in each group, a linear y axis from zero;
 * stacked, one bar per category with the series on top of one another.
 */
export function renderBar(spec: BarChartSpec, layout: Layout): { body: string; height: number } {
  const { width, height, fontPx } = layout;
  const many = spec.series.length > 1;
  const leg = many
    ? legend(
        spec.series.map((s, index) => ({ label: s.label, index, swatch: 'fill' as const })),
        2,
        2,
        width - 4,
        layout,
      )
    : { svg: '', height: 0 };
  const top = leg.height + fontPx * 2.4;
  const bottom = height - fontPx * 3.6;
  const stacked = spec.stacked === true;
  const totals = spec.categories.map((_, ci) =>
    spec.series.reduce((sum, s) => sum + Math.max(0, s.values[ci] ?? 0), 0),
  );
  const values = stacked ? totals : spec.series.flatMap((s) => s.values);
  for (const a of spec.annotations ?? []) values.push(a.y);
  const y = continuousScale(
    { ...spec.y, zero: true },
    values,
    [bottom, top],
    tickCountFor(spec.y, bottom - top, fontPx * 3),
  );
  const left = leftMarginFor(y.labels, layout, 0.3);
  const right = width - fontPx;
  const area: Area = { left, right, top, bottom };

  const count = Math.max(1, spec.categories.length);
  const step = (right - left) / count;
  const groupW = step * 0.78;
  const barW = stacked ? groupW : groupW / Math.max(1, spec.series.length);
  const base = y(Math.max(y.domain[0], Math.min(0, y.domain[1])));
  const bars: string[] = [];
  const below = spec.categories.map(() => 0);
  spec.series.forEach((s, si) => {
    s.values.forEach((v, ci) => {
      const x = left + step * ci + (step - groupW) / 2 + (stacked ? 0 : barW * si);
      const from = stacked ? (below[ci] ?? 0) : 0;
      const to = stacked ? from + Math.max(0, v) : v;
      if (stacked) below[ci] = to;
      const y0 = stacked ? y(from) : base;
      const yv = y(to);
      const rect = { x: x + 0.5, y: Math.min(yv, y0), width: Math.max(1, barW - 1), height: Math.abs(y0 - yv) };
      bars.push(filledRect(rect, si));
    });
  });
  const centres = spec.categories.map((_, ci) => left + step * (ci + 0.5));
  const labels = spec.categories.map((c) => fitLabel(c, step - 4, fontPx));
  const notes = (spec.annotations ?? [])
    .map((a) => {
      const py = y(a.y);
      return `<g class="chart-annotation">${el('line', { class: 'chart-rule', stroke: 'currentColor', 'stroke-dasharray': '4 3', x1: left, x2: right, y1: py, y2: py })}${text(right - 4, py - 4, a.label, { class: 'chart-annotation-label', 'text-anchor': 'end' })}</g>`;
    })
    .join('');
  const body = [
    leg.svg,
    yAxisContinuous(y, area, axisTitle(spec.y), layout),
    `<g class="chart-marks">${bars.join('')}</g>`,
    xAxisBand(centres, labels, area, spec.categoryLabel, layout),
    notes,
  ].join('');
  return { body, height };
}
