/** Chapter 5's chart: one step of a four-stage slice across two sites, from the event simulation. */
import { simulateStep } from '../../../lib/sim';
import { fact } from '../inputs';
import * as sc from '../scenario';
import { type ArticleFigureSpec, trackedChart } from './tracked-chart';

const KINDS: { id: string; label: string }[] = [
  { id: 'forward', label: 'Forward' },
  { id: 'backward', label: 'Backward' },
  { id: 'reduce-scatter', label: 'Reduce-scatter in site' },
  { id: 'wan-all-reduce', label: 'Gradient sync over WAN' },
  { id: 'all-gather', label: 'All-gather in site' },
  { id: 'optimizer', label: 'Optimizer' },
];

export function stepTimelineChart(): ArticleFigureSpec {
  return trackedChart(() => {
    const stages = fact('scenario.timelineStages').value;
    const tp = sc.publishedLayout().tp;
    const dp = 2;
    const r = simulateStep({
      model: { ...sc.modelInput(), globalBatchTokens: sc.modelInput().seqLen * dp * 8 },
      gpu: sc.SCENARIO_GPU,
      gpus: tp * stages * dp,
      layout: { tp, pp: stages, dp },
      sites: 2,
      buckets: 4,
      wan: {
        distanceKm: sc.distanceKm(),
        bandwidthBytesPerS: sc.fiberPairBandwidth().range?.min ?? sc.fiberPairBandwidth().value,
      },
    });
    const known = new Set(KINDS.map((k) => k.id));
    const rows = r.rows.map((row) => ({ id: row.id, label: row.label }));
    const items = r.rows.flatMap((row) =>
      row.items
        .filter((i) => known.has(i.kind))
        .map((i) => ({ row: row.id, start: i.start * 1000, end: i.end * 1000, kind: i.kind })),
    );
    return {
      kind: 'gantt',
      id: 'chart-step-timeline',
      title: 'One training step, two sites, four pipeline stages each',
      description:
        'A timeline per pipeline stage in each site and for the WAN link: the previous step’s new weights gathered while the first forward passes run, forward and backward passes, then the gradient exchange inside each site and over the WAN, then the optimizer.',
      x: { label: 'Time', unit: 'ms' },
      rows,
      kinds: KINDS,
      items,
    };
  });
}
