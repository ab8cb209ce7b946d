import { utilisationWidget } from '../../../figures/widgets/utilisation/definition';
import type { UtilisationState } from '../../../figures/widgets/utilisation/state';
import { labelBandwidthSliders } from '../log-slider';
import { mountWidget } from '../shell-client';
import { workerRender } from '../worker-render';

export function mount(root: HTMLElement): () => void {
  const worker = workerRender<UtilisationState>(
    () => new Worker(new URL('../../../workers/utilisation.worker.ts', import.meta.url), { type: 'module' }),
    async () => (await import('../../../figures/widgets/utilisation')).renderWidgetModel,
  );
  const unmount = mountWidget(root, {
    def: utilisationWidget,
    render: worker.render,
    writeControls: (r, state) => labelBandwidthSliders(r, state.bw),
  });
  return () => {
    unmount();
    worker.dispose();
  };
}
