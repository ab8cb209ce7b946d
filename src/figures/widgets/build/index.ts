/** The build-your-own widget: its definition and its pure view model, for the server and the fallback render. */
import { renderBuildWidget } from './model';

export { buildWidget } from './definition';
/** The pure view model, fuzzed in Node and rendered at build time. */
export const renderWidgetModel = renderBuildWidget;
export { type BuildState, buildPresetState, buildUrl } from './state';
