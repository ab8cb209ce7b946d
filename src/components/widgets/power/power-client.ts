import { powerWidget } from '../../../figures/widgets/power/definition';
import { type PowerState, withSite } from '../../../figures/widgets/power/state';
import { mountWidget } from '../shell-client';
import { workerRender } from '../worker-render';

export function mount(root: HTMLElement): () => void {
  const worker = workerRender<PowerState>(
    () => new Worker(new URL('../../../workers/power.worker.ts', import.meta.url), { type: 'module' }),
    async () => (await import('../../../figures/widgets/power')).renderWidgetModel,
  );
  const unmount = mountWidget(root, {
    def: powerWidget,
    render: worker.render,
    // A site sets the IT power to its own figure; the reader may then change it.
    readControl: (state, control) => (control.dataset.field === 'site' ? withSite(state, control.value) : undefined),
  });
  return () => {
    unmount();
    worker.dispose();
  };
}
