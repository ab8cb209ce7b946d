/// <reference lib="webworker" />
/** Renders the step widget (simulateStep + the Gantt SVG) off the main thread. */
import { renderWidgetModel, type StepState } from '../figures/widgets/step';
import { serveRequests } from '../lib/widgets/worker-bridge';

serveRequests<StepState, ReturnType<typeof renderWidgetModel>>(self as unknown as DedicatedWorkerGlobalScope, (state) =>
  renderWidgetModel(state),
);
