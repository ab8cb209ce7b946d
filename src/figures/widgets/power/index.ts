/** The power widget: its definition and its pure view model, for the server and the fallback render. */
import { renderPowerWidget } from './model';

export { powerWidget } from './definition';
/** The pure view model, fuzzed in Node and rendered at build time. */
export const renderWidgetModel = renderPowerWidget;
export { type PowerState, powerUrl } from './state';
