import { axisTitle, formatValue } from './scales';
import type { AxisSpec, ChartSpec } from './spec';

function range(values: readonly number[], axis: AxisSpec): string {
  if (values.length === 0) return 'no data';
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const scale = axis.scale === 'log' ? ', logarithmic scale' : '';
  return lo === hi
    ? `${formatValue(lo, axis.format)}${scale}`
    : `${formatValue(lo, axis.format)} to ${formatValue(hi, axis.format)}${scale}`;
}

/** The chart's structure in one sentence, appended to <desc> so a screen reader knows what the picture holds. */
export function chartSummary(spec: ChartSpec): string {
  switch (spec.kind) {
    case 'line':
    case 'area':
    case 'scatter': {
      const xs = spec.series.flatMap((s) => s.points.map((p) => p.x));
      const ys = spec.series.flatMap((s) => s.points.map((p) => p.y));
      const names = spec.series.map((s) => s.label).join(', ');
      return `${cap(spec.kind)} chart of ${spec.series.length} series (${names}); x: ${axisTitle(spec.x)}, ${range(xs, spec.x)}; y: ${axisTitle(spec.y)}, ${range(ys, spec.y)}. The data table below the chart lists every point.`;
    }
    case 'bar':
      return `${spec.stacked ? 'Stacked bar' : 'Bar'} chart of ${spec.series.map((s) => s.label).join(', ')} for ${spec.categories.length} categories of ${spec.categoryLabel}; y: ${axisTitle(spec.y)}, ${range(
        spec.series.flatMap((s) => s.values),
        spec.y,
      )}.`;
    case 'heatmap':
      return `Heat map of ${spec.value.label} (${spec.value.unit}) over ${spec.xValues.length} values of ${axisTitle(spec.x)} and ${spec.yValues.length} values of ${axisTitle(spec.y)}; values from ${range(spec.values.flat(), { label: '', unit: '', ...(spec.value.format ? { format: spec.value.format } : {}) })}.`;
    case 'gantt':
      return `Timeline of ${spec.items.length} intervals on ${spec.rows.length} rows (${spec.kinds.map((k) => k.label).join(', ')}); time: ${axisTitle(spec.x)}, ${range(
        spec.items.flatMap((i) => [i.start, i.end]),
        spec.x,
      )}.`;
  }
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
