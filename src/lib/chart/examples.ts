import type { ChartSpec, GanttItem } from './spec';

/**
 * Synthetic specs that exercise every chart kind: the dev gallery draws them and the tests render them.
 * The numbers are made up for layout testing and say so in every title; article figures take theirs
 * from the engine.
 */

const range = <T>(count: number, f: (i: number) => T): T[] => Array.from({ length: count }, (_, i) => f(i));

export const lineExample: ChartSpec = {
  kind: 'line',
  id: 'ex-line',
  title: 'Step time against distance (test data)',
  description: 'Synthetic curves: step time grows with distance, faster for the chattier strategy.',
  x: { label: 'Distance', unit: 'km' },
  y: { label: 'Step time', unit: 's', zero: true },
  series: [
    { label: 'Data parallel', points: range(21, (i) => i * 200).map((x) => ({ x, y: 2 + x * 0.0011 })) },
    { label: 'DiLoCo, H = 100', points: range(21, (i) => i * 200).map((x) => ({ x, y: 2 + x * 0.00002 })) },
    { label: 'Pipeline', points: range(21, (i) => i * 200).map((x) => ({ x, y: 2.6 + x * 0.0004 })) },
  ],
  annotations: [{ kind: 'x', x: 1000, label: 'Wisconsin–Atlanta' }],
};

export const logExample: ChartSpec = {
  kind: 'scatter',
  id: 'ex-log',
  title: 'Bytes per step against compute (test data)',
  description: 'Synthetic points on two logarithmic axes spanning six decades.',
  x: { label: 'Compute per step', unit: 'FLOP', scale: 'log' },
  y: { label: 'Bytes exchanged', unit: 'B', scale: 'log' },
  series: [
    { label: 'Dense models', points: range(7, (i) => 10 ** (12 + i)).map((x) => ({ x, y: x ** 0.7 })) },
    { label: 'Mixture of experts', points: range(7, (i) => 10 ** (12 + i)).map((x) => ({ x, y: x ** 0.74 })) },
  ],
  annotations: [{ kind: 'point', x: 1e16, y: 1e16 ** 0.7, label: 'Current configuration' }],
};

export const areaExample: ChartSpec = {
  kind: 'area',
  id: 'ex-area',
  title: 'Link utilisation over one step (test data)',
  description: 'Synthetic utilisation of one WAN link rising during the gradient exchange.',
  x: { label: 'Time', unit: 'ms' },
  y: { label: 'Utilisation', unit: '%', domain: [0, 100] },
  series: [{ label: 'WAN link', points: range(40, (i) => i * 25).map((x) => ({ x, y: x > 600 ? 92 : 8 })) }],
  annotations: [{ kind: 'y', y: 80, label: 'Planning ceiling' }],
};

export const barExample: ChartSpec = {
  kind: 'bar',
  id: 'ex-bar',
  title: 'Time per step by strategy (test data)',
  description: 'Synthetic compute and communication time for three strategies.',
  categoryLabel: 'Strategy',
  categories: ['Data parallel', 'Pipeline', 'DiLoCo'],
  y: { label: 'Time', unit: 's' },
  series: [
    { label: 'Compute', values: [2, 2.2, 2] },
    { label: 'Communication', values: [1.2, 0.5, 0.02] },
  ],
};

export const heatmapExample: ChartSpec = {
  kind: 'heatmap',
  id: 'ex-heat',
  title: 'Utilisation by distance and bandwidth (test data)',
  description: 'Synthetic model FLOPs utilisation falling with distance and rising with bandwidth.',
  x: { label: 'Distance', unit: 'km' },
  y: { label: 'WAN bandwidth', unit: 'Tbit/s' },
  xValues: range(8, (i) => 250 * (i + 1)),
  yValues: [1, 2, 5, 10, 20, 50],
  values: [1, 2, 5, 10, 20, 50].map((bw) =>
    range(8, (i) => Math.round((100 * (0.45 * bw)) / (0.45 * bw + (i + 1) * 0.9)) / 100),
  ),
  value: { label: 'MFU', unit: '%', format: 'percent' },
  annotations: [{ kind: 'point', x: 1000, y: 10, label: 'Current' }],
};

const stages = ['Wisconsin stage 1', 'Wisconsin stage 2', 'Atlanta stage 1', 'Atlanta stage 2'];
const ganttItems: GanttItem[] = stages.flatMap((_, s) =>
  range(4, (mb): GanttItem => {
    const start = s * 10 + mb * 12;
    return { row: `s${s}`, start, end: start + 10, kind: 'forward' };
  }).concat(
    range(4, (mb): GanttItem => {
      const start = 100 + (3 - s) * 12 + mb * 14;
      return { row: `s${s}`, start, end: start + 12, kind: 'backward' };
    }),
  ),
);
ganttItems.push(
  { row: 'wan', start: 30, end: 62, kind: 'p2p', bytes: 2.5e9 },
  { row: 'wan', start: 140, end: 190, kind: 'p2p', bytes: 4e9 },
  { row: 's0', start: 46, end: 100, kind: 'bubble' },
);

export const ganttExample: ChartSpec = {
  kind: 'gantt',
  id: 'ex-gantt',
  title: 'One pipeline step across two sites (test data)',
  description: 'Synthetic timeline: four pipeline stages and the WAN link between the sites.',
  x: { label: 'Time', unit: 'ms' },
  rows: [...stages.map((label, i) => ({ id: `s${i}`, label })), { id: 'wan', label: 'WAN link' }],
  kinds: [
    { id: 'forward', label: 'Forward' },
    { id: 'backward', label: 'Backward' },
    { id: 'p2p', label: 'Send over WAN' },
    { id: 'bubble', label: 'Idle (bubble)' },
  ],
  items: ganttItems,
  annotations: [{ kind: 'x', x: 200, label: 'Optimiser step' }],
};

/** The line example again under its own id, for the gallery's live chart: one page, no id twice. */
export const liveExample: ChartSpec = { ...lineExample, id: 'ex-live' };

export const chartExamples: readonly ChartSpec[] = [
  lineExample,
  logExample,
  areaExample,
  barExample,
  heatmapExample,
  ganttExample,
];
