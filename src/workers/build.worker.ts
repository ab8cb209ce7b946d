/// <reference lib="webworker" />
/** Renders the build widget (the step simulations of the split and of one site) off the main thread. */
import { type BuildState, renderWidgetModel } from '../figures/widgets/build';
import { serveRequests } from '../lib/widgets/worker-bridge';

serveRequests<BuildState, ReturnType<typeof renderWidgetModel>>(
  self as unknown as DedicatedWorkerGlobalScope,
  (state) => renderWidgetModel(state),
);
