/// <reference lib="webworker" />
/** Renders the power widget (a site's compute and two analytic steps, one site against N) off the main thread. */
import { type PowerState, renderWidgetModel } from '../figures/widgets/power';
import { serveRequests } from '../lib/widgets/worker-bridge';

serveRequests<PowerState, ReturnType<typeof renderWidgetModel>>(
  self as unknown as DedicatedWorkerGlobalScope,
  (state) => renderWidgetModel(state),
);
