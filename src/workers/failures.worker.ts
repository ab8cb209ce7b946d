/// <reference lib="webworker" />
/** Runs the failure simulation (three policies over weeks of seeded faults) off the main thread. */
import { type FailuresState, renderWidgetModel } from '../figures/widgets/failures';
import { serveRequests } from '../lib/widgets/worker-bridge';

serveRequests<FailuresState, ReturnType<typeof renderWidgetModel>>(
  self as unknown as DedicatedWorkerGlobalScope,
  (state) => renderWidgetModel(state),
);
