/** The talking-less widget: its definition and its pure view model, for the server and the fallback render. */
import { renderTalklessWidget } from './model';

export { talklessWidget } from './definition';
/** The pure view model, fuzzed in Node and rendered at build time. */
export const renderWidgetModel = renderTalklessWidget;
export { type TalklessState, talklessUrl } from './state';
