/** The failures widget: its definition and its pure view model, for the server and the fallback render. */
import { renderFailuresWidget } from './model';

export { failuresWidget } from './definition';
/** The pure view model, fuzzed in Node and rendered at build time. */
export const renderWidgetModel = renderFailuresWidget;
export { type FailuresState, failuresUrl } from './state';
