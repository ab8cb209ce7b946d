import { type AxisSpec, type ChartSpec, ChartSpecError, MAX_SERIES } from './spec';

/**
 * Checks what TypeScript cannot: finite numbers, positive values on log axes, matching lengths,
 * known row/kind ids. Every message names the chart, so a broken figure is found from the build log.
 * Hand-written rather than zod so the browser bundle stays small.
 */
export function validateChartSpec(spec: ChartSpec): void {
  const where = `Chart "${spec.title}"`;
  const fail = (msg: string): never => {
    throw new ChartSpecError(`${where}: ${msg}`);
  };
  if (!spec.title.trim()) fail('title is empty');
  if (!spec.description.trim()) fail('description is empty (screen readers read it)');

  const checkAxis = (axis: AxisSpec, name: string) => {
    if (!axis.label.trim()) fail(`${name} axis has no label`);
    if (!axis.unit.trim()) fail(`${name} axis "${axis.label}" has no unit`);
    if (axis.domain) {
      const [lo, hi] = axis.domain;
      if (!Number.isFinite(lo) || !Number.isFinite(hi) || lo >= hi) {
        fail(`${name} axis domain [${lo}, ${hi}] must be two finite numbers, low < high`);
      }
      if (axis.scale === 'log' && lo <= 0) fail(`${name} axis is logarithmic, so its domain must be > 0 (got ${lo})`);
    }
  };
  const checkValue = (v: number, axis: AxisSpec | undefined, name: string, what: string) => {
    if (!Number.isFinite(v)) fail(`${what} has ${name} = ${v}; every value must be a finite number`);
    if (axis?.scale === 'log' && v <= 0) {
      fail(`${what} has ${name} = ${v}, but the ${name} axis is logarithmic and needs values > 0`);
    }
  };

  switch (spec.kind) {
    case 'line':
    case 'area':
    case 'scatter': {
      checkAxis(spec.x, 'x');
      checkAxis(spec.y, 'y');
      if (spec.series.length > MAX_SERIES) fail(`${spec.series.length} series; at most ${MAX_SERIES} stay readable`);
      for (const s of spec.series) {
        s.points.forEach((p, i) => {
          checkValue(p.x, spec.x, 'x', `series "${s.label}" point ${i}`);
          checkValue(p.y, spec.y, 'y', `series "${s.label}" point ${i}`);
        });
      }
      for (const a of spec.annotations ?? []) {
        if (a.kind !== 'y') checkValue(a.x, spec.x, 'x', `annotation "${a.label}"`);
        if (a.kind !== 'x') checkValue(a.y, spec.y, 'y', `annotation "${a.label}"`);
      }
      return;
    }
    case 'bar': {
      checkAxis(spec.y, 'y');
      if (spec.y.scale === 'log') fail('bar charts need a linear y axis (bar length must be proportional)');
      if (spec.series.length > MAX_SERIES) fail(`${spec.series.length} series; at most ${MAX_SERIES} stay readable`);
      for (const s of spec.series) {
        if (s.values.length !== spec.categories.length) {
          fail(`series "${s.label}" has ${s.values.length} values for ${spec.categories.length} categories`);
        }
        s.values.forEach((v, i) => {
          checkValue(v, spec.y, 'y', `series "${s.label}" value ${i}`);
        });
      }
      for (const a of spec.annotations ?? []) checkValue(a.y, spec.y, 'y', `annotation "${a.label}"`);
      return;
    }
    case 'heatmap': {
      checkAxis(spec.x, 'x');
      checkAxis(spec.y, 'y');
      if (!spec.value.unit.trim()) fail(`value "${spec.value.label}" has no unit`);
      spec.xValues.forEach((v, i) => {
        checkValue(v, spec.x, 'x', `xValues[${i}]`);
      });
      spec.yValues.forEach((v, i) => {
        checkValue(v, spec.y, 'y', `yValues[${i}]`);
      });
      if (spec.values.length !== spec.yValues.length) {
        fail(`values has ${spec.values.length} rows for ${spec.yValues.length} yValues`);
      }
      spec.values.forEach((row, yi) => {
        if (row.length !== spec.xValues.length)
          fail(`values row ${yi} has ${row.length} cells for ${spec.xValues.length} xValues`);
        row.forEach((v, xi) => {
          checkValue(v, undefined, 'value', `cell [${yi}][${xi}]`);
        });
      });
      for (const a of spec.annotations ?? []) {
        checkValue(a.x, spec.x, 'x', `annotation "${a.label}"`);
        checkValue(a.y, spec.y, 'y', `annotation "${a.label}"`);
      }
      return;
    }
    case 'gantt': {
      checkAxis(spec.x, 'x');
      if (spec.x.scale === 'log') fail('a timeline needs a linear time axis');
      if (spec.kinds.length > MAX_SERIES)
        fail(`${spec.kinds.length} kinds of interval; at most ${MAX_SERIES} stay readable`);
      const rowIds = new Set(spec.rows.map((r) => r.id));
      const kindIds = new Set(spec.kinds.map((k) => k.id));
      spec.items.forEach((item, i) => {
        const what = `item ${i} (row "${item.row}")`;
        if (!rowIds.has(item.row)) fail(`${what} names an unknown row`);
        if (!kindIds.has(item.kind)) fail(`${what} has unknown kind "${item.kind}"`);
        checkValue(item.start, spec.x, 'start', what);
        checkValue(item.end, spec.x, 'end', what);
        if (item.end < item.start) fail(`${what} ends (${item.end}) before it starts (${item.start})`);
        if (item.bytes !== undefined) checkValue(item.bytes, undefined, 'bytes', what);
      });
      for (const a of spec.annotations ?? []) checkValue(a.x, spec.x, 'x', `annotation "${a.label}"`);
      return;
    }
  }
}
