/** The utilisation widget: its definition and its pure view model, for the server and the fallback render. */
import { renderUtilisationWidget } from './model';

export { utilisationWidget } from './definition';
/** The pure view model, fuzzed in Node and rendered at build time (the sweep runs inline there). */
export const renderWidgetModel = renderUtilisationWidget;
export { type UtilisationState, utilisationUrl } from './state';
