/**
 * Chart specs for the article's figures, one per chapter, computed at build time from the data and
 * the engine. Each returns a ChartSpec for <ArticleChart> plus the source ids it rests on.
 */
import type { ChartSpec } from '../../chart';
import { TRAFFIC_KIND_OF_ITEM, type TrafficKindId, trafficLegend } from '../../chart/traffic-kinds';
import { figureMidpoint, hardware, links } from '../../data';
import { convert } from '../../format';
import {
  failureDomains,
  fiberLatencyMs,
  flatRingAcrossSites,
  goodput,
  lowCommForStep,
  scenarioConfig,
  scenarioNic,
  scenario as scenarioPreset,
  simulateStep,
} from '../../sim';
import { fact, param } from '../inputs';
import * as sc from '../scenario';

export interface ArticleFigureSpec {
  spec: ChartSpec;
  sources: string[];
}

const uniq = (xs: readonly string[]) => [...new Set(xs)];
const TB = 1e12;

/** Chapter 3: what one full copy of the model's training state weighs, against one GPU's memory. */
export function modelStateChart(): ArticleFigureSpec {
  const m = sc.modelStateMemory();
  const hbm = hbmOf(sc.SCENARIO_GPU);
  return {
    spec: {
      kind: 'bar',
      id: 'chart-model-state',
      title: `What training ${sc.modelName} must hold, per full copy`,
      description:
        'Bytes of weights, gradients and optimizer state for every parameter, beside the memory of one GB200 GPU.',
      categoryLabel: 'Part of the training state',
      categories: ['Weights', 'Gradients', 'Optimizer', 'One GPU'],
      y: { label: 'Size', unit: 'TB', zero: true },
      series: [
        { label: 'Size', values: [m.weightsBytes / TB, m.gradientsBytes / TB, m.optimizerBytes / TB, hbm / TB] },
      ],
    },
    sources: uniq([
      sc.model().params.source,
      param('weightBytesPerParam').source,
      param('gradBytesPerParam').source,
      param('optimizerBytesPerParam').source,
      'nvidia-gb200-nvl72',
    ]),
  };
}

/** Chapter 4: waiting time = number of sequential waits × one delay, inside a rack and across the WAN. */
export function waitsChart(): ArticleFigureSpec {
  const wanMs = fiberLatencyMs(sc.distanceKm());
  const rackMs = param('scaleUpLatencyS').value * 1000;
  const waits = [1, 10, 100, 1e3, 1e4, 1e5, 1e6];
  const gpusTwoSites = 2 * Math.round(sc.gpusPerSite().value);
  // A flat ring's waits are its 2(p-1) steps inside the sites; the WAN adds only its few crossings.
  const flatWaits = 2 * (gpusTwoSites - 1);
  const nic = scenarioNic(scenarioPreset(sc.SCENARIO_ID));
  const flat = flatRingAcrossSites({
    sites: 2,
    ranksPerSite: Math.round(sc.gpusPerSite().value),
    bytes: 1,
    intraBandwidthBytesPerS: nic ? figureMidpoint(nic) : 1e11,
    intraLatencyS: param('scaleOutLatencyS').value,
    wanBandwidthBytesPerS: sc.wanBandwidth().value,
    wanLatencyS: wanMs / 1000,
  });
  const tpWaits = 4 * sc.model().layers.value;
  return {
    spec: {
      kind: 'line',
      id: 'chart-waits',
      title: 'Time spent waiting: number of sequential waits × one delay',
      description:
        'Two straight lines on log–log axes: waits across the WAN cost thousands of times more than the same waits inside an NVLink rack. Marked: one hierarchical all-reduce, tensor parallelism across the WAN, and a flat ring through every GPU, whose many waits are inside the sites.',
      x: { label: 'Sequential waits', unit: 'count', scale: 'log' },
      y: { label: 'Total waiting time', unit: 'ms', scale: 'log' },
      series: [
        { label: 'Across the WAN (one-way fibre delay)', points: waits.map((n) => ({ x: n, y: n * wanMs })) },
        { label: 'Inside an NVLink rack', points: waits.map((n) => ({ x: n, y: n * rackMs })) },
      ],
      annotations: [
        { kind: 'point', x: 1, y: wanMs, label: 'Hierarchical all-reduce' },
        { kind: 'point', x: tpWaits, y: tpWaits * wanMs, label: 'Tensor parallel over WAN' },
        {
          kind: 'point',
          x: flatWaits,
          y: flat.latencyTermS * 1000,
          label: 'Flat ring, every GPU (waits inside the sites)',
        },
      ],
    },
    sources: uniq([
      links.fiber.speedOfLightKmPerS.source,
      param('scaleUpLatencyS').source,
      sc.gpusPerSite().source,
      sc.model().layers.source,
    ]),
  };
}

/** Chapter 5: one step of a four-stage slice across two sites, from the event simulation. */
export function stepTimelineChart(): ArticleFigureSpec {
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
    spec: {
      kind: 'gantt',
      id: 'chart-step-timeline',
      title: 'One training step, two sites, four pipeline stages each',
      description:
        'A timeline per pipeline stage in each site and for the WAN link: the previous step’s new weights gathered while the first forward passes run, forward and backward passes, then the gradient exchange inside each site and over the WAN, then the optimizer.',
      x: { label: 'Time', unit: 'ms' },
      rows,
      kinds,
      items,
    },
    sources: uniq([
      sc.model().params.source,
      'nvidia-gb200-nvl72',
      sc.fiberPairBandwidth().source,
      links.fiber.speedOfLightKmPerS.source,
    ]),
  };
}

/** Chapter 6: compute utilisation against WAN bandwidth for three ways of synchronising. */
export function lowCommChart(): ArticleFigureSpec {
  const bandwidthsGbit = [0.1, 0.3, 1, 3, 10, 30, 100, 300, 1000, 3000, 10000, 30000, 100000];
  const config = scenarioConfig(sc.SCENARIO_ID);
  const line = (method: 'data-parallel' | 'diloco' | 'streaming-diloco', label: string) => ({
    label,
    points: bandwidthsGbit.map((g) => ({
      // Drawn in bit/s so the ticks read "100 Gbit/s", "1 Tbit/s" rather than "100k" Gbit/s.
      x: convert(g, 'Gbit/s', 'bit/s'),
      y: lowCommForStep(config, {
        method,
        bytesPerValue: method === 'streaming-diloco' ? fact('streamingBitsPerValue').value / 8 : 2,
        innerStepsPerSync: fact('scenario.innerStepsPerSync').value,
        fragments: fact('scenario.fragments').value,
        overlapSteps: 1,
        wanBandwidthBytesPerS: convert(g, 'Gbit/s', 'B/s'),
      }).computeUtilisation,
    })),
  });
  return {
    spec: {
      kind: 'line',
      id: 'chart-low-comm',
      title: 'How much bandwidth each method needs to keep GPUs busy',
      description:
        'Share of time spent computing against WAN bandwidth, for synchronous data parallelism, DiLoCo and streaming DiLoCo. The curves rise at bandwidths roughly a hundred and then four hundred times apart.',
      x: { label: 'WAN bandwidth per site', unit: 'bit/s', scale: 'log', format: 'si' },
      y: { label: 'Compute utilisation', unit: '%', format: 'percent', domain: [0, 1] },
      series: [
        line('data-parallel', 'Synchronous data parallel'),
        line('diloco', 'DiLoCo'),
        line('streaming-diloco', 'Streaming DiLoCo (4-bit)'),
      ],
    },
    sources: uniq([sc.model().params.source, 'diloco-2023', 'streaming-diloco-2025', 'superfactory-scenario']),
  };
}

/** Chapter 7: goodput as the job grows, with the run's size and two Fairwater buildings marked. */
export function goodputChart(): ArticleFigureSpec {
  const counts = [1e3, 2e3, 5e3, 1e4, 2e4, 5e4, 1e5, 2e5, 5e5, 1e6];
  const runGpus = sc.model().gpus.value;
  const twoSites = 2 * Math.round(sc.gpusPerSite().value);
  return {
    spec: {
      kind: 'line',
      id: 'chart-goodput',
      title: 'Goodput falls as a synchronous job grows',
      description:
        'Share of wall-clock time spent on useful training against the number of GPUs in one synchronous job, with checkpoints at the best interval and failure rates from Llama 3’s run.',
      x: { label: 'Size of the job', unit: 'GPUs', scale: 'log', format: 'si' },
      y: { label: 'Goodput', unit: '%', format: 'percent', domain: [0, 1] },
      series: [
        {
          label: nodeLabel(sc.SCENARIO_GPU),
          points: counts.map((g) => ({ x: g, y: goodput({ gpus: g, gpu: sc.SCENARIO_GPU }).goodput })),
        },
        {
          label: nodeLabel(sc.runHardware),
          points: counts.map((g) => ({ x: g, y: goodput({ gpus: g, gpu: sc.runHardware }).goodput })),
        },
      ],
      annotations: [
        {
          kind: 'point',
          x: runGpus,
          y: goodput({ gpus: runGpus, gpu: sc.runHardware }).goodput,
          label: `${sc.modelName} run`,
        },
        {
          kind: 'point',
          x: twoSites,
          y: goodput({ gpus: twoSites, gpu: sc.SCENARIO_GPU }).goodput,
          label: 'Two Fairwater buildings',
        },
      ],
    },
    sources: uniq(['llama3-herd-2024', 'daly-checkpoint-2006', sc.gpusPerSite().source]),
  };
}

/** "NVIDIA GB200 …: 4-GPU nodes", from hardware.json: what one node fault takes out. */
function nodeLabel(id: string): string {
  const name = hardware.find((h) => h.id === id)?.name ?? id;
  return `${name}: ${failureDomains(id).nodeGpus}-GPU nodes`;
}

function mid(v: number | { min: number; max: number }): number {
  return typeof v === 'number' ? v : (v.min + v.max) / 2;
}

function hbmOf(id: string): number {
  const h = hardware.find((x) => x.id === id);
  if (!h) throw new Error(`hardware.json: ${id} missing`);
  return mid(h.hbmBytes.value);
}
