/// <reference lib="webworker" />
/** Runs the utilisation sweep (a grid of analyticStep calls and the bandwidth solver) off the main thread. */
import { renderWidgetModel, type UtilisationState } from '../figures/widgets/utilisation';
import { serveRequests } from '../lib/widgets/worker-bridge';

serveRequests<UtilisationState, ReturnType<typeof renderWidgetModel>>(
  self as unknown as DedicatedWorkerGlobalScope,
  (state) => renderWidgetModel(state),
);
