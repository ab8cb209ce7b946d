/** The talking-less widget's charts: utilisation over bandwidth per schedule, and the published results. */
import type { XYChartSpec } from '../../../lib/chart';
import { figureMidpoint, figureRange } from '../../../lib/data/provenance';
import { convert, formatBitsPerS, formatNumber, formatPercent } from '../../../lib/format';
import { lowComm } from '../../../lib/payload/low-comm';
import { communicationReductionUnchecked, lowCommScheduleUnchecked } from '../../../lib/sim/unchecked';
import { METHOD_LABEL } from './labels';
import { intellectSchedule, type PublishedCheck } from './published';
import { CURVE_BITS_PER_S, type TalklessRun } from './run';
import type { TalklessState } from './state';

const f = lowComm.figures;

export function utilisationChartSpec(state: TalklessState, run: TalklessRun): XYChartSpec {
  // Local SGD and DiLoCo send the same bytes on the same schedule: one line for both.
  const drawn = run.methods.filter((m) => m.key !== 'lsgd');
  const label = (k: string) =>
    k === 'diloco' ? `${METHOD_LABEL.lsgd} and ${METHOD_LABEL.diloco}` : METHOD_LABEL[k as 'dp'];
  const link = convert(run.wan.bandwidthBytesPerS, 'B/s', 'bit/s');
  return {
    kind: 'line',
    id: 'talkless-utilisation',
    title: 'Compute utilisation against WAN bandwidth, per schedule',
    description: `Share of time the GPUs compute, against WAN bandwidth per direction from 1 Gbit/s to 10 Pbit/s, for synchronous data parallel, local SGD and DiLoCo (H = ${formatNumber(state.h)}) and streaming DiLoCo (${formatNumber(state.frag)} fragments); your link is ringed on the chosen schedule’s line (${METHOD_LABEL[state.method]}).`,
    x: { label: 'WAN bandwidth per direction', unit: 'bit/s', scale: 'log', format: 'si' },
    y: { label: 'Compute utilisation', unit: '%', format: 'percent', domain: [0, 1] },
    series: drawn.map((m) => ({
      label: label(m.key),
      points: CURVE_BITS_PER_S.map((x, i) => ({ x, y: m.curve[i] ?? 0 })),
    })),
    annotations: [
      // One mark for the link and the schedule on it: a rule's label and a point's would collide at the top.
      {
        kind: 'point',
        x: link,
        y: run.chosen.cost.computeUtilisation,
        label: `Your link: ${formatPercent(run.chosen.cost.computeUtilisation, 2)}`,
      },
    ],
  };
}

// No engine marker at the papers' own H (100, 500), where it would hide their points; the lines are straight.
const H_VALUES = [1, 3, 10, 30, 300, 1000];

/** Engine lines of reduction against H, with the papers' figures as labelled points on them. */
export function reductionChartSpec(checks: readonly PublishedCheck[]): XYChartSpec {
  const bits = figureMidpoint(f.streamingBitsPerValue);
  const baseline = figureMidpoint(f.streamingBaselineBitsPerValue);
  const line = (label: string, sites: number, b?: { bitsPerValue: number; baselineBitsPerValue: number }) => ({
    label,
    points: H_VALUES.map((h) => ({ x: h, y: communicationReductionUnchecked({ sites, innerStepsPerSync: h, ...b }) })),
  });
  const diloco = checks.find((c) => c.id === 'diloco');
  const streaming = checks.find((c) => c.id === 'streaming');
  // The papers' figures are one-point series, named in the legend: labels on the plot collide on a phone.
  const paper = (label: string, h: number, c: PublishedCheck | undefined) =>
    c ? [{ label: `${label}: ${formatNumber(c.published)}×`, points: [{ x: h, y: c.published }] }] : [];
  return {
    kind: 'line',
    id: 'talkless-reduction',
    title: 'Less communication than data parallel, engine and papers',
    description:
      'Times fewer bytes than synchronous data parallel against inner steps per sync, as the engine computes it in the same precision and in 4-bit against 16-bit values, with the DiLoCo and streaming DiLoCo papers’ figures as single points.',
    x: { label: 'Inner steps per sync (H)', unit: 'steps', scale: 'log', domain: [1, 1000] },
    y: { label: 'Times fewer bytes than data parallel', unit: '×', scale: 'log' },
    series: [
      line('Engine, same precision', figureMidpoint(f.dilocoWorkers)),
      line(
        `Engine, ${formatNumber(bits)}-bit against ${formatNumber(baseline)}-bit`,
        figureMidpoint(f.streamingReplicas),
        {
          bitsPerValue: bits,
          baselineBitsPerValue: baseline,
        },
      ),
      ...paper('DiLoCo paper', figureMidpoint(f.dilocoInnerSteps), diloco),
      ...paper('Streaming DiLoCo paper', figureMidpoint(f.streamingInnerSteps), streaming),
    ],
  };
}

const INTELLECT_GBIT = [0.1, 0.2, 0.3, 0.5, 0.7, 1, 1.5, 2, 3, 4, 5, 7, 10];

/** The engine on INTELLECT-1's schedule over bandwidth per node, against its published utilisation. */
export function intellectChartSpec(): XYChartSpec {
  const observed = figureRange(f.intellectBandwidthGbitPerS);
  const published = figureRange(f.intellectUtilisationPercent);
  const engineAt = (g: number) => ({
    x: convert(g, 'Gbit/s', 'bit/s'),
    y: lowCommScheduleUnchecked(intellectSchedule(convert(g, 'Gbit/s', 'B/s'))).computeUtilisation,
  });
  return {
    kind: 'line',
    id: 'talkless-intellect',
    title: 'INTELLECT-1: the engine against the published utilisation',
    description: `Compute utilisation the engine computes for INTELLECT-1’s schedule (${formatNumber(figureMidpoint(f.intellectNodes))} nodes, ${formatNumber(figureMidpoint(f.intellectBitsPerValue))}-bit values, H = ${formatNumber(figureMidpoint(f.intellectInnerStepsPerSync))}, ${formatNumber(figureMidpoint(f.intellectInnerComputeMinutes))} minutes of inner steps per sync) against bandwidth per node, the observed range drawn over it, and the published utilisation across continents and within the US as rules.`,
    x: { label: 'Bandwidth per node', unit: 'bit/s', scale: 'log', format: 'si' },
    y: { label: 'Compute utilisation', unit: '%', format: 'percent', domain: [0.5, 1] },
    series: [
      { label: 'Engine', points: INTELLECT_GBIT.map((g) => engineAt(g)) },
      // The observed range drawn over the engine's line: rules' labels would collide with the published ones.
      {
        label: `Engine over the observed ${formatNumber(observed.min)}–${formatNumber(observed.max)} Gbit/s`,
        points: [observed.min, ...INTELLECT_GBIT.filter((g) => g > observed.min && g < observed.max), observed.max].map(
          engineAt,
        ),
      },
    ],
    annotations: [
      { kind: 'y', y: published.min / 100, label: `3 continents ${formatNumber(published.min)}%` },
      { kind: 'y', y: published.max / 100, label: `US only ${formatNumber(published.max)}%` },
    ],
  };
}
