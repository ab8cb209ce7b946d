/** The latency widget: its definition and its pure view model, for the server and the fallback render. */
import { renderLatencyWidget } from './model';

export { latencyWidget } from './definition';
/** The pure view model, fuzzed in Node and rendered at build time. */
export const renderWidgetModel = renderLatencyWidget;
export { type LatencyState, latencyUrl } from './state';
