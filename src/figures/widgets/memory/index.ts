/** The memory widget: its definition and its pure view model, for the server and the fallback render. */
import { renderMemoryWidget } from './model';

export { memoryWidget } from './definition';
/** The pure view model, fuzzed in Node and rendered at build time. */
export const renderWidgetModel = renderMemoryWidget;
export { type MemoryState, memoryUrl } from './state';
