/// <reference lib="webworker" />
/** Renders the latency widget (engine + chart SVG strings) off the main thread. */
import { type LatencyState, renderWidgetModel } from '../figures/widgets/latency';
import { serveRequests } from '../lib/widgets/worker-bridge';

serveRequests<LatencyState, ReturnType<typeof renderWidgetModel>>(
  self as unknown as DedicatedWorkerGlobalScope,
  (state) => renderWidgetModel(state),
);
