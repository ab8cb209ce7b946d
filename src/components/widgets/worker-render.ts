/**
 * A widget render that runs in a Web Worker (the whole pure render: engine and SVG are plain strings),
 * falling back to the main thread, loaded on demand, where workers are unavailable.
 */

import type { RenderedWidget } from '../../figures/widgets/widget';
import { createWorkerBridge } from '../../lib/widgets/worker-bridge';

export function workerRender<S>(
  createWorker: () => Worker,
  loadFallback: () => Promise<(state: S) => RenderedWidget>,
): { render: (state: S) => Promise<RenderedWidget>; dispose: () => void } {
  const bridge = createWorkerBridge<S, RenderedWidget>({
    createWorker: () => (typeof Worker === 'undefined' ? null : createWorker()),
    handle: async (state) => (await loadFallback())(state),
  });
  return { render: (state) => bridge.run(state), dispose: () => bridge.dispose() };
}
