/** Chapter 7's chart: goodput as the job grows, with the run's size and two Fairwater buildings marked. */
import { hardware } from '../../../lib/data';
import { failureDomains, goodput } from '../../../lib/sim';
import * as sc from '../scenario';
import { type ArticleFigureSpec, trackedChart } from './tracked-chart';

const GPU_COUNTS = [1e3, 2e3, 5e3, 1e4, 2e4, 5e4, 1e5, 2e5, 5e5, 1e6];

/** "NVIDIA GB200 …: 4-GPU nodes", from hardware.json: what one node fault takes out. */
function nodeLabel(id: string): string {
  const name = hardware.find((h) => h.id === id)?.name ?? id;
  return `${name}: ${failureDomains(id).nodeGpus}-GPU nodes`;
}

export function goodputChart(): ArticleFigureSpec {
  return trackedChart(
    () => {
      const runGpus = sc.model().gpus.value;
      const twoSites = 2 * Math.round(sc.gpusPerSite().value);
      return {
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
            points: GPU_COUNTS.map((g) => ({ x: g, y: goodput({ gpus: g, gpu: sc.SCENARIO_GPU }).goodput })),
          },
          {
            label: nodeLabel(sc.runHardware),
            points: GPU_COUNTS.map((g) => ({ x: g, y: goodput({ gpus: g, gpu: sc.runHardware }).goodput })),
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
      };
    },
    // Young/Daly's optimum checkpoint interval: the formula, not a number read from the data.
    ['daly-checkpoint-2006'],
  );
}
