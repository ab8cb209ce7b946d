/// <reference lib="webworker" />
/** Renders the memory widget (eight memory options and the smallest-split search) off the main thread. */
import { type MemoryState, renderWidgetModel } from '../figures/widgets/memory';
import { serveRequests } from '../lib/widgets/worker-bridge';

serveRequests<MemoryState, ReturnType<typeof renderWidgetModel>>(
  self as unknown as DedicatedWorkerGlobalScope,
  (state) => renderWidgetModel(state),
);
