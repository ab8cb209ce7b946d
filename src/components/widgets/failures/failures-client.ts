import { failuresWidget } from '../../../figures/widgets/failures/definition';
import type { FailuresState } from '../../../figures/widgets/failures/state';
import { mountWidget } from '../shell-client';
import { workerRender } from '../worker-render';

export function mount(root: HTMLElement): () => void {
  const worker = workerRender<FailuresState>(
    () => new Worker(new URL('../../../workers/failures.worker.ts', import.meta.url), { type: 'module' }),
    async () => (await import('../../../figures/widgets/failures')).renderWidgetModel,
  );
  const unmount = mountWidget(root, { def: failuresWidget, render: worker.render });
  return () => {
    unmount();
    worker.dispose();
  };
}
