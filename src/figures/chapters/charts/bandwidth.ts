/** Chapter 5's chart: one step of a slice of the pipeline across two sites (its depth from the data), from the event simulation. */
import { TRAFFIC_KIND_OF_ITEM, type TrafficKindId, trafficLegend } from '../../../lib/chart/traffic-kinds';
import { simulateStep } from '../../../lib/sim';
import { fact } from '../inputs';
import * as sc from '../scenario';
import { type ArticleFigureSpec, trackedChart } from './tracked-chart';

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
    // Idle time stays blank here: the figure shows what each stage does; the step widget shows the bubble.
    const drawn = new Set<TrafficKindId>(['forward', 'backward', 'in-site', 'wan-all-reduce', 'optimizer']);
    const rows = r.rows.map((row) => ({ id: row.id, label: row.label }));
    const items = r.rows.flatMap((row) =>
      row.items
        .map((i) => ({ row: row.id, start: i.start * 1000, end: i.end * 1000, kind: TRAFFIC_KIND_OF_ITEM[i.kind] }))
        .filter((i) => drawn.has(i.kind)),
    );
    const kinds = trafficLegend(items.map((i) => i.kind));
    return {
      kind: 'gantt',
      id: 'chart-step-timeline',
      title: `One training step, two sites, ${stages} pipeline stages each`,
      description:
        'A timeline per pipeline stage in each site and for the WAN link: the previous step’s new weights gathered while the first forward passes run, forward and backward passes, then the gradient exchange inside each site and over the WAN, then the optimizer.',
      x: { label: 'Time', unit: 'ms' },
      rows,
      kinds,
      items,
    };
  });
}
