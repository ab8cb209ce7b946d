import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { barExample, chartExamples, ganttExample, heatmapExample, lineExample, logExample } from './examples';
import {
  type ChartSpec,
  ChartSpecError,
  chartDataCsv,
  chartDataRows,
  chartDataTable,
  renderChartSvg,
  renderChartVariants,
} from './index';

const count = (haystack: string, needle: RegExp) => (haystack.match(needle) ?? []).length;
const tickLabels = (svg: string) => [...svg.matchAll(/class="chart-tick"[^>]*>([^<]*)</g)].map((m) => m[1]);

describe('renderChartSvg', () => {
  it.each(chartExamples.map((s) => [s.kind, s] as const))('%s: accessible, finite and well-formed', (_, spec) => {
    for (const width of [360, 680]) {
      const svg = renderChartSvg(spec, { width });
      expect(svg).toMatch(/^<svg [^>]*role="img"/);
      expect(svg).toContain(`aria-label="${spec.title.replace(/&/g, '&amp;')}"`);
      expect(svg).toMatch(/<title id="[^"]+">[^<]+<\/title><desc id="[^"]+">[^<]+<\/desc>/);
      expect(svg).not.toMatch(/NaN|Infinity|undefined/);
      expect(count(svg, /<svg/g)).toBe(1);
      expect(svg.endsWith('</svg>')).toBe(true);
    }
  });

  it('labels both axes with their units', () => {
    const svg = renderChartSvg(lineExample);
    expect(svg).toContain('Distance (km) →');
    expect(svg).toContain('↑ Step time (s)');
  });

  it('draws one path per series, each with its own dash pattern, and labels them directly', () => {
    const svg = renderChartSvg(lineExample);
    const lines = [...svg.matchAll(/<path class="chart-line chart-c(\d)"[^>]*>/g)];
    // Drawn last series first, so where lines coincide the first-listed one stays on top.
    expect(lines.map((m) => m[1])).toEqual(['3', '2', '1']);
    const dashes = lines.map((m) => /stroke-dasharray="([^"]+)"/.exec(m[0])?.[1] ?? 'solid');
    expect(new Set(dashes).size).toBe(3);
    for (const s of lineExample.kind === 'line' ? lineExample.series : []) expect(svg).toContain(`>${s.label}</text>`);
  });

  it('gives each series a different marker shape', () => {
    const svg = renderChartSvg(logExample);
    const shapes = new Set(
      [...svg.matchAll(/<path class="chart-marker chart-c(\d)[^"]*" d="([^"]+)"/g)].map((m) => `${m[1]}:${m[2]}`),
    );
    const byColour = new Map([...shapes].map((s) => s.split(':') as [string, string]));
    expect(byColour.get('1')).not.toBe(byColour.get('2'));
  });

  it('puts log ticks on powers of ten and labels them', () => {
    const spec: ChartSpec = {
      kind: 'scatter',
      title: 'log',
      description: 'three decades',
      x: { label: 'Size', unit: 'B', scale: 'log' },
      y: { label: 'Time', unit: 'ms', scale: 'log' },
      series: [{ label: 'a', points: [1, 10, 100, 1000].map((v) => ({ x: v, y: v })) }],
    };
    const labels = tickLabels(renderChartSvg(spec));
    for (const l of ['1', '10', '100', '1,000']) expect(labels).toContain(l);
    // The 2..9 multiples get ticks but no labels crowding the decades.
    expect(labels).not.toContain('3');
  });

  it('writes SI prefixes with their unit, never bare ("10 ms", not "10m")', () => {
    const spec = (unit: string): ChartSpec => ({
      kind: 'line',
      title: `prefixes ${unit}`,
      description: 'six decades',
      x: { label: 'Distance', unit: 'km', scale: 'log', domain: [1, 1e4] },
      y: { label: 'Time', unit, scale: 'log', format: 'si', domain: [1e-6, 10] },
      series: [{ label: 'a', points: [{ x: 1, y: 1e-6 }] }],
    });
    const time = tickLabels(renderChartSvg(spec('s')));
    for (const l of ['1 µs', '100 µs', '10 ms', '1 s']) expect(time).toContain(l);
    const count = tickLabels(renderChartSvg(spec('count')));
    for (const l of count) expect(l).not.toMatch(/\d[mµnp]$/);
    expect(count).toContain('0.001');
  });

  it('rejects zero on a log axis with a message naming the chart, series and point', () => {
    const spec: ChartSpec = {
      ...logExample,
      kind: 'scatter',
      series: [{ label: 'broken', points: [{ x: 0, y: 1 }] }],
    } as ChartSpec;
    expect(() => renderChartSvg(spec)).toThrow(ChartSpecError);
    expect(() => renderChartSvg(spec)).toThrow(/Chart "Bytes per step.*series "broken" point 0 has x = 0.*logarithmic/);
  });

  it('rejects NaN, missing units and inverted intervals', () => {
    const nan = { ...lineExample, series: [{ label: 's', points: [{ x: 1, y: Number.NaN }] }] } as ChartSpec;
    expect(() => renderChartSvg(nan)).toThrow(/y = NaN/);
    const noUnit = { ...lineExample, y: { label: 'Step time', unit: ' ' } } as ChartSpec;
    expect(() => renderChartSvg(noUnit)).toThrow(/y axis "Step time" has no unit/);
    const backwards = {
      ...ganttExample,
      items: [{ row: 'wan', start: 5, end: 1, kind: 'p2p' }],
    } as ChartSpec;
    expect(() => renderChartSvg(backwards)).toThrow(/ends \(1\) before it starts \(5\)/);
  });

  it('draws empty series and single points without NaN', () => {
    const empty: ChartSpec = { ...lineExample, series: [{ label: 'none', points: [] }], annotations: [] } as ChartSpec;
    const svg = renderChartSvg(empty);
    expect(svg).toContain('No data');
    expect(svg).not.toContain('NaN');
    const one: ChartSpec = {
      ...lineExample,
      series: [{ label: 'one', points: [{ x: 3, y: 0 }] }],
      annotations: [],
    } as ChartSpec;
    const single = renderChartSvg(one);
    expect(single).not.toContain('NaN');
    expect(count(single, /class="chart-marker /g)).toBe(1);
    const logOne: ChartSpec = {
      ...logExample,
      series: [{ label: 'one', points: [{ x: 5, y: 5 }] }],
      annotations: [],
    } as ChartSpec;
    expect(renderChartSvg(logOne)).not.toContain('NaN');
  });

  it('never emits NaN for any finite data (property)', () => {
    const finite = fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(fc.array(fc.record({ x: finite, y: finite }), { maxLength: 30 }), (points) => {
        const svg = renderChartSvg({ ...lineExample, series: [{ label: 's', points }], annotations: [] } as ChartSpec);
        return !svg.includes('NaN') && !svg.includes('Infinity');
      }),
      { numRuns: 300 },
    );
  });

  it('never emits NaN on log axes for any positive data (property)', () => {
    const positive = fc.double({ min: 1e-300, max: 1e300, noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(fc.array(fc.record({ x: positive, y: positive }), { maxLength: 20 }), (points) => {
        const svg = renderChartSvg({ ...logExample, series: [{ label: 's', points }], annotations: [] } as ChartSpec);
        return !svg.includes('NaN') && !svg.includes('Infinity');
      }),
      { numRuns: 200 },
    );
  });

  it('escapes labels', () => {
    const spec = { ...lineExample, title: 'A <b> & "c"' } as ChartSpec;
    const svg = renderChartSvg(spec);
    expect(svg).toContain('A &lt;b&gt; &amp; &quot;c&quot;');
    expect(svg).not.toContain('<b>');
  });

  it('outlines the annotated heat-map cell and keys its label outside the grid', () => {
    const svg = renderChartSvg(heatmapExample);
    expect(count(svg, /class="chart-cell-ring"/g)).toBe(2);
    expect(svg).toContain('>Current<');
    expect(count(svg, /class="chart-heat chart-heat-\d"/g)).toBe(6 + 8 * 6);
  });

  it('draws every timeline interval, patterned by kind', () => {
    const svg = renderChartSvg(ganttExample);
    const items = ganttExample.kind === 'gantt' ? ganttExample.items.length : 0;
    // Every interval is drawn: a rectangle of its own, or one subpath of its row and kind's shared path
    // (an element per interval made the step widget's page ~0.5 MB of SVG); 4 rectangles are the key's swatches.
    const rects = count(svg, /<rect[^>]*class="chart-fill chart-traffic-[\w-]+"/g) - 4;
    const paths = [...svg.matchAll(/<path[^>]*class="chart-fill chart-traffic-[\w-]+"[^>]*d="([^"]+)"/g)];
    const subpaths = paths.reduce((sum, m) => sum + count(m[1] ?? '', /Z/g), 0);
    expect(rects + subpaths).toBe(items);
    const groups =
      ganttExample.kind === 'gantt' ? new Set(ganttExample.items.map((i) => `${i.row} ${i.kind}`)).size : 0;
    expect(rects + paths.length).toBe(groups);
    // Patterns are plain paths: a <pattern> fill prints as one embedded bitmap per shape.
    expect(svg).toMatch(/<path class="chart-hatch chart-hatch--diagonal"/);
    expect(svg).not.toContain('<pattern');
    // A group's tooltip sums its intervals; a lone interval keeps its own span.
    expect(svg).toContain('WAN link: Send over WAN, 2 intervals, 82 ms in all, 30–190 ms, 6.5 GB');
    expect(svg).toContain('Wisconsin stage 1: Idle (bubble), 46–100 ms');
  });

  it('keeps element ids unique between the two variants', () => {
    const html = renderChartVariants(ganttExample);
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('chartDataTable', () => {
  it('lists every x with one column per series, units in headers', () => {
    const rows = chartDataRows(lineExample);
    expect(rows.headers).toEqual([
      'Distance (km)',
      'Data parallel: Step time (s)',
      'DiLoCo, H = 100: Step time (s)',
      'Pipeline: Step time (s)',
    ]);
    expect(rows.rows).toHaveLength(21);
    const html = chartDataTable(lineExample);
    expect(html).toMatch(/^<table class="chart-table"><caption>Step time against distance/);
    expect(count(html, /<th scope="row">/g)).toBe(21);
  });

  it('gives heat maps a row per y value and timelines a row per interval', () => {
    expect(chartDataRows(heatmapExample).rows).toHaveLength(6);
    const gantt = chartDataRows(ganttExample);
    expect(gantt.headers).toContain('Duration (ms)');
    expect(gantt.rows.find((r) => r[1] === 'Send over WAN')?.[5]).toBe('2.5 GB');
  });

  it('sums a long timeline by row and kind in its table, and keeps every interval in its CSV', () => {
    const example = ganttExample;
    if (example.kind !== 'gantt') throw new Error('gantt example expected');
    const items = example.items;
    const shift = (k: number) => items.map((i) => ({ ...i, start: i.start + k * 200, end: i.end + k * 200 }));
    const long = { ...ganttExample, items: [0, 1].flatMap(shift) };
    const groups = new Set(long.items.map((i) => `${i.row} ${i.kind}`)).size;
    const html = chartDataTable(long);
    expect(count(html, /<th scope="row">/g)).toBe(groups);
    expect(html).toContain(`${long.items.length} intervals, by row and kind`);
    expect(html).toMatch(/<th scope="row">WAN link<\/th><td>Send over WAN<\/td><td>4<\/td>/);
    expect(chartDataCsv(long).split('\n')).toHaveLength(long.items.length + 1);
    expect(count(chartDataTable(ganttExample), /<th scope="row">/g)).toBe(items.length);
  });

  it('quotes CSV cells that need it', () => {
    expect(chartDataCsv(lineExample).split('\n')[0]).toBe(
      'Distance (km),Data parallel: Step time (s),"DiLoCo, H = 100: Step time (s)",Pipeline: Step time (s)',
    );
  });
});

describe('fitLabel', () => {
  it('keeps both ends of a long label so similar labels stay distinct', async () => {
    const { fitLabel } = await import('./axes');
    const a = fitLabel('Wisconsin pipeline stage 1', 90, 12);
    const b = fitLabel('Wisconsin pipeline stage 2', 90, 12);
    expect(a).toContain('…');
    expect(a).not.toBe(b);
    expect(fitLabel('Short', 90, 12)).toBe('Short');
  });
});

describe('stacked bars', () => {
  // Bars, not legend swatches (those are 18 px wide).
  const rects = (svg: string) =>
    [...svg.matchAll(/<rect x="[^"]+" y="([^"]+)" width="([^"]+)" height="([^"]+)" class="chart-fill chart-c(\d)"/g)]
      .map((m) => ({ y: Number(m[1]), width: Number(m[2]), height: Number(m[3]), series: Number(m[4]) }))
      .filter((r) => r.width > 20);

  it('puts each series on top of the one before, so a bar is as tall as its total', () => {
    if (barExample.kind !== 'bar') throw new Error('bar example');
    const grouped = rects(renderChartSvg(barExample, { width: 680 }));
    const stacked = rects(renderChartSvg({ ...barExample, stacked: true }, { width: 680 }));
    expect(stacked).toHaveLength(grouped.length);
    const [first, second] = [stacked.filter((r) => r.series === 1), stacked.filter((r) => r.series === 2)];
    // The second series of each category starts where the first ends.
    first.forEach((a, i) => {
      expect(second[i]?.y ?? Number.NaN).toBeCloseTo(a.y - (second[i]?.height ?? 0), 1);
    });
    // Stack heights are proportional to the totals: 3.2 s, 2.7 s and 2.02 s.
    const total = (i: number) => (first[i]?.height ?? 0) + (second[i]?.height ?? 0);
    expect(total(0) / total(1)).toBeCloseTo(3.2 / 2.7, 1);
    expect(total(0) / total(2)).toBeCloseTo(3.2 / 2.02, 1);
  });
});
