/** The talking-less widget's chart: compute utilisation over bandwidth, per schedule. */
import type { XYChartSpec } from '../../../lib/chart';
import { convert, formatNumber, formatPercent } from '../../../lib/format';
import { METHOD_LABEL } from './labels';
import { CURVE_BITS_PER_S, type TalklessRun } from './run';
import type { TalklessState } from './state';

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
