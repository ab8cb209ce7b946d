import { stepWidget } from '../../../figures/widgets/step/definition';
import type { StepState } from '../../../figures/widgets/step/state';
import { labelBandwidthSliders } from '../log-slider';
import { mountWidget } from '../shell-client';
import { workerRender } from '../worker-render';

export function mount(root: HTMLElement): () => void {
  const worker = workerRender<StepState>(
    () => new Worker(new URL('../../../workers/step.worker.ts', import.meta.url), { type: 'module' }),
    async () => (await import('../../../figures/widgets/step')).renderWidgetModel,
  );
  const unmount = mountWidget(root, {
    def: stepWidget,
    render: worker.render,
    writeControls: (r, state) => labelBandwidthSliders(r, state.bw),
  });
  return () => {
    unmount();
    worker.dispose();
  };
}
