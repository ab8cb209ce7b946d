import { memoryWidget } from '../../../figures/widgets/memory/definition';
import type { MemoryState } from '../../../figures/widgets/memory/state';
import { mountWidget } from '../shell-client';
import { workerRender } from '../worker-render';

export function mount(root: HTMLElement): () => void {
  const worker = workerRender<MemoryState>(
    () => new Worker(new URL('../../../workers/memory.worker.ts', import.meta.url), { type: 'module' }),
    async () => (await import('../../../figures/widgets/memory')).renderWidgetModel,
  );
  const unmount = mountWidget(root, { def: memoryWidget, render: worker.render });
  return () => {
    unmount();
    worker.dispose();
  };
}
