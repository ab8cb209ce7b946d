import { formatBytes } from '../format';
import { axisTitle, formatValue } from './scales';
import type { ChartSpec } from './spec';
import { esc } from './svg';

/** The chart's numbers as rows: the text alternative, and what a CSV download would hold. */
export interface ChartDataRows {
  caption: string;
  headers: string[];
  rows: string[][];
}

const MISSING = '–';

export function chartDataRows(spec: ChartSpec): ChartDataRows {
  const caption = spec.title;
  switch (spec.kind) {
    case 'line':
    case 'area':
    case 'scatter': {
      // One row per x value across all series, so series read side by side.
      const xs = [...new Set(spec.series.flatMap((s) => s.points.map((p) => p.x)))].sort((a, b) => a - b);
      const lookup = spec.series.map((s) => new Map(s.points.map((p) => [p.x, p.y])));
      return {
        caption,
        headers: [axisTitle(spec.x), ...spec.series.map((s) => `${s.label}: ${axisTitle(spec.y)}`)],
        rows: xs.map((x) => [
          formatValue(x, spec.x.format, spec.x.unit),
          ...lookup.map((m) => {
            const y = m.get(x);
            return y === undefined ? MISSING : formatValue(y, spec.y.format, spec.y.unit);
          }),
        ]),
      };
    }
    case 'bar':
      return {
        caption,
        headers: [spec.categoryLabel, ...spec.series.map((s) => `${s.label}: ${axisTitle(spec.y)}`)],
        rows: spec.categories.map((c, i) => [
          c,
          ...spec.series.map((s) => {
            const v = s.values[i];
            return v === undefined ? MISSING : formatValue(v, spec.y.format);
          }),
        ]),
      };
    case 'heatmap':
      return {
        caption: `${caption}: ${spec.value.label} (${spec.value.unit})`,
        headers: [
          `${axisTitle(spec.y)} \\ ${axisTitle(spec.x)}`,
          ...spec.xValues.map((x) => formatValue(x, spec.x.format, spec.x.unit)),
        ],
        rows: spec.yValues.map((y, yi) => [
          formatValue(y, spec.y.format, spec.y.unit),
          ...(spec.values[yi] ?? []).map((v) => formatValue(v, spec.value.format, spec.value.unit)),
        ]),
      };
    case 'gantt': {
      const rowLabel = new Map(spec.rows.map((r) => [r.id, r.label]));
      const kindLabel = new Map(spec.kinds.map((k) => [k.id, k.label]));
      const withBytes = spec.items.some((i) => i.bytes !== undefined);
      const unit = spec.x.unit;
      return {
        caption,
        headers: [
          'Row',
          'Kind',
          `Start (${unit})`,
          `End (${unit})`,
          `Duration (${unit})`,
          ...(withBytes ? ['Data'] : []),
        ],
        rows: spec.items.map((i) => [
          rowLabel.get(i.row) ?? i.row,
          kindLabel.get(i.kind) ?? i.kind,
          formatValue(i.start, spec.x.format, spec.x.unit),
          formatValue(i.end, spec.x.format, spec.x.unit),
          formatValue(i.end - i.start, spec.x.format),
          ...(withBytes ? [i.bytes === undefined ? MISSING : formatBytes(i.bytes)] : []),
        ]),
      };
    }
  }
}

/** Above this many intervals a timeline's table lists rows and kinds, not every interval. */
const GANTT_TABLE_MAX_ITEMS = 40;

/** A long timeline's numbers by row and kind: count, span and time in all (the CSV keeps every interval). */
function ganttRowsByKind(spec: Extract<ChartSpec, { kind: 'gantt' }>): ChartDataRows {
  const rowLabel = new Map(spec.rows.map((r) => [r.id, r.label]));
  const kindLabel = new Map(spec.kinds.map((k) => [k.id, k.label]));
  const withBytes = spec.items.some((i) => i.bytes !== undefined);
  const unit = spec.x.unit;
  const groups = new Map<string, (typeof spec.items)[number][]>();
  for (const it of spec.items) {
    const key = `${it.row}\u0000${it.kind}`;
    groups.set(key, [...(groups.get(key) ?? []), it]);
  }
  return {
    caption: `${spec.title} (${spec.items.length} intervals, by row and kind)`,
    headers: [
      'Row',
      'Kind',
      'Intervals',
      `First start (${unit})`,
      `Last end (${unit})`,
      `Time in all (${unit})`,
      ...(withBytes ? ['Data'] : []),
    ],
    rows: [...groups.values()].map((items) => {
      const first = items[0] as (typeof items)[number];
      const bytes = items.filter((i) => i.bytes !== undefined);
      return [
        rowLabel.get(first.row) ?? first.row,
        kindLabel.get(first.kind) ?? first.kind,
        String(items.length),
        formatValue(Math.min(...items.map((i) => i.start)), spec.x.format, spec.x.unit),
        formatValue(Math.max(...items.map((i) => i.end)), spec.x.format, spec.x.unit),
        formatValue(
          items.reduce((sum, i) => sum + i.end - i.start, 0),
          spec.x.format,
        ),
        ...(withBytes ? [bytes.length ? formatBytes(bytes.reduce((sum, i) => sum + (i.bytes ?? 0), 0)) : MISSING] : []),
      ];
    }),
  };
}

/**
 * The data as an HTML table (row headers in the first column), to sit in a <details> beside the SVG.
 * A long timeline is summarised by row and kind: hundreds of interval rows are no help to read.
 */
export function chartDataTable(spec: ChartSpec): string {
  const { caption, headers, rows } =
    spec.kind === 'gantt' && spec.items.length > GANTT_TABLE_MAX_ITEMS ? ganttRowsByKind(spec) : chartDataRows(spec);
  const head = `<thead><tr>${headers.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead>`;
  const body = rows
    .map(
      ([first, ...rest]) =>
        `<tr><th scope="row">${esc(first ?? '')}</th>${rest.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`,
    )
    .join('');
  return `<table class="chart-table"><caption>${esc(caption)}</caption>${head}<tbody>${body}</tbody></table>`;
}

/** The data as CSV (RFC 4180 quoting), for a "download the numbers" link. */
export function chartDataCsv(spec: ChartSpec): string {
  const { headers, rows } = chartDataRows(spec);
  const cell = (c: string) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return [headers, ...rows].map((r) => r.map(cell).join(',')).join('\n');
}
