/** Chapter 6's chart: compute utilisation against WAN bandwidth for three ways of synchronising. */
import { convert } from '../../../lib/format';
import { lowCommForStep, scenarioConfig } from '../../../lib/sim';
import { fact } from '../inputs';
import * as sc from '../scenario';
import { type ArticleFigureSpec, trackedChart } from './tracked-chart';

const BANDWIDTHS_GBIT = [0.1, 0.3, 1, 3, 10, 30, 100, 300, 1000, 3000, 10000, 30000, 100000];

type Method = 'data-parallel' | 'diloco' | 'streaming-diloco';

function utilisationLine(method: Method, label: string) {
  const config = scenarioConfig(sc.SCENARIO_ID);
  return {
    label,
    points: BANDWIDTHS_GBIT.map((g) => ({
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
  };
}

export function lowCommChart(): ArticleFigureSpec {
  return trackedChart(
    () => ({
      kind: 'line',
      id: 'chart-low-comm',
      title: 'How much bandwidth each method needs to keep GPUs busy',
      description:
        'Share of time spent computing against WAN bandwidth, for synchronous data parallelism, DiLoCo and streaming DiLoCo. The curves rise at bandwidths roughly a hundred and then four hundred times apart.',
      x: { label: 'WAN bandwidth per site', unit: 'bit/s', scale: 'log', format: 'si' },
      y: { label: 'Compute utilisation', unit: '%', format: 'percent', domain: [0, 1] },
      series: [
        utilisationLine('data-parallel', 'Synchronous data parallel'),
        utilisationLine('diloco', 'DiLoCo'),
        utilisationLine('streaming-diloco', 'Streaming DiLoCo (4-bit)'),
      ],
    }),
    // The schedules' papers: their formulas, not their numbers, shape the curves.
    ['diloco-2023', 'streaming-diloco-2025'],
  );
}
