import { formatBytes, formatNumber } from '../format';
import {
  type Area,
  fitLabel,
  type Layout,
  leftMarginFor,
  rightMarginForTicks,
  xAxisContinuous,
  yAxisBand,
} from './axes';
import type { Rect } from './hatch';
import { filledRect, filledRects, legend } from './legend';
import { axisTitle, continuousScale, tickCountFor } from './scales';
import type { GanttSpec } from './spec';
import { el, esc, text } from './svg';

/** Timeline: one row per resource (a pipeline stage, a link), intervals coloured and patterned by kind. */
export function renderGantt(spec: GanttSpec, layout: Layout): { body: string; height: number } {
  const { width, fontPx } = layout;
  const leg = legend(
    spec.kinds.map((k, index) => ({ label: k.label, index, swatch: 'fill' as const, traffic: k.id })),
    2,
    2,
    width - 4,
    layout,
  );
  const rowH = layout.compact ? fontPx * 1.6 : fontPx * 1.9;
  const top = leg.height + fontPx * (spec.annotations?.length ? 2.4 : 1.2);
  const bottom = top + Math.max(1, spec.rows.length) * rowH;
  const height = bottom + fontPx * 3.6;
  const rowLabels = spec.rows.map((r) => r.label);
  const left = leftMarginFor(rowLabels, layout, 0.4);
  const times = spec.items.flatMap((it) => [it.start, it.end]);
  for (const a of spec.annotations ?? []) times.push(a.x);
  const timeAxis = { ...spec.x, zero: spec.x.zero ?? true };
  const firstPass = continuousScale(timeAxis, times, [left, width], tickCountFor(spec.x, width - left, fontPx * 6));
  const right = width - rightMarginForTicks(firstPass.labels, layout, fontPx);
  const area: Area = { left, right, top, bottom };
  const x = continuousScale(timeAxis, times, [left, right], tickCountFor(spec.x, right - left, fontPx * 6));

  const rowIndex = new Map(spec.rows.map((r, i) => [r.id, i]));
  const kindLabel = new Map(spec.kinds.map((k) => [k.id, k.label]));
  const unit = spec.x.unit;
  // One group per row and kind, in the order the intervals come: one title, one fill, one hatch each.
  const groups = new Map<string, GanttSpec['items'][number][]>();
  for (const it of spec.items) {
    const key = `${it.row}\u0000${it.kind}`;
    groups.set(key, [...(groups.get(key) ?? []), it]);
  }
  const fmt = (v: number) => formatNumber(v, { sigFigs: 4 });
  const bars = [...groups.values()].map((items) => {
    const first = items[0] as GanttSpec['items'][number];
    const ri = rowIndex.get(first.row) ?? 0;
    const rects = items.map((it) => {
      const x0 = x(it.start);
      return { x: x0, y: top + ri * rowH + rowH * 0.16, width: Math.max(1, x(it.end) - x0), height: rowH * 0.68 };
    });
    const row = spec.rows[ri]?.label ?? first.row;
    const kind = kindLabel.get(first.kind) ?? first.kind;
    const byteItems = items.filter((it) => it.bytes !== undefined);
    const bytes = byteItems.length ? `, ${formatBytes(byteItems.reduce((sum, it) => sum + (it.bytes ?? 0), 0))}` : '';
    const last = items[items.length - 1] as GanttSpec['items'][number];
    const busy = items.reduce((sum, it) => sum + (it.end - it.start), 0);
    const span =
      items.length === 1
        ? `${fmt(first.start)}–${fmt(first.end)} ${unit}`
        : `${items.length} intervals, ${fmt(busy)} ${unit} in all, ${fmt(first.start)}–${fmt(last.end)} ${unit}`;
    const tip = `<title>${esc(`${row}: ${kind}, ${span}${bytes}`)}</title>`;
    return el(
      'g',
      {},
      tip + (rects.length === 1 ? filledRect(rects[0] as Rect, first.kind) : filledRects(rects, first.kind)),
    );
  });
  const separators = spec.rows
    .slice(1)
    .map((_, i) =>
      el('line', {
        class: 'chart-grid',
        stroke: 'var(--chart-grid)',
        x1: left,
        x2: right,
        y1: top + (i + 1) * rowH,
        y2: top + (i + 1) * rowH,
      }),
    )
    .join('');
  const centres = spec.rows.map((_, i) => top + (i + 0.5) * rowH);
  const labels = rowLabels.map((l) => fitLabel(l, left - 8, fontPx));
  const notes = (spec.annotations ?? [])
    .map((a) => {
      const px = x(a.x);
      const toLeft = px > left + (right - left) * 0.6;
      return `<g class="chart-annotation">${el('line', { class: 'chart-rule', stroke: 'currentColor', 'stroke-dasharray': '4 3', x1: px, x2: px, y1: top - fontPx, y2: bottom })}${text(px + (toLeft ? -4 : 4), top - 6, a.label, { class: 'chart-annotation-label', 'text-anchor': toLeft ? 'end' : 'start' })}</g>`;
    })
    .join('');
  const body = [
    leg.svg,
    `<g aria-hidden="true">${separators}</g>`,
    yAxisBand(centres, labels, area, undefined, layout),
    xAxisContinuous(x, area, axisTitle(spec.x), layout),
    `<g class="chart-marks">${bars.join('')}</g>`,
    notes,
  ].join('');
  return { body, height };
}
