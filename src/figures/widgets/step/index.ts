/** The step widget: its definition and its pure view model, for the server and the fallback render. */
import { renderStepWidget } from './model';

export { stepWidget } from './definition';
/** The pure view model, fuzzed in Node and rendered at build time. */
export const renderWidgetModel = renderStepWidget;
export { type StepState, stepUrl } from './state';
