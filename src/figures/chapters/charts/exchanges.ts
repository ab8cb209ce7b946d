/** Chapter 3's chart: what one full copy of the model's training state weighs, against one GPU's memory. */
import { figureMidpoint, hardware } from '../../../lib/data';
import * as sc from '../scenario';
import { type ArticleFigureSpec, trackedChart } from './tracked-chart';

const TB = 1e12;

function hbmOf(id: string): number {
  const h = hardware.find((x) => x.id === id);
  if (!h) throw new Error(`hardware.json: ${id} missing`);
  return figureMidpoint(h.hbmBytes);
}

export function modelStateChart(): ArticleFigureSpec {
  return trackedChart(() => {
    const m = sc.modelStateMemory();
    const hbm = hbmOf(sc.SCENARIO_GPU);
    return {
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
    };
  });
}
