import { talklessWidget } from '../../../figures/widgets/talkless/definition';
import type { TalklessState } from '../../../figures/widgets/talkless/state';
import { mountWidget } from '../shell-client';
import { workerRender } from '../worker-render';

export function mount(root: HTMLElement): () => void {
  const worker = workerRender<TalklessState>(
    () => new Worker(new URL('../../../workers/talkless.worker.ts', import.meta.url), { type: 'module' }),
    async () => (await import('../../../figures/widgets/talkless')).renderWidgetModel,
  );
  const unmount = mountWidget(root, { def: talklessWidget, render: worker.render });
  return () => {
    unmount();
    worker.dispose();
  };
}
