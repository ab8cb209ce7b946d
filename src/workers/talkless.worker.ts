/// <reference lib="webworker" />
/** Renders the talking-less widget (four schedules, data parallel's step model over bandwidth) off the main thread. */
import { renderWidgetModel, type TalklessState } from '../figures/widgets/talkless';
import { serveRequests } from '../lib/widgets/worker-bridge';

serveRequests<TalklessState, ReturnType<typeof renderWidgetModel>>(
  self as unknown as DedicatedWorkerGlobalScope,
  (state) => renderWidgetModel(state),
);
