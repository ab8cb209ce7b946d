/** The widgets that exist, for the /widgets/ index and the widget pages. */
import { latencyWidget } from './latency';
import { memoryWidget } from './memory';
import { stepWidget } from './step';
import { talklessWidget } from './talkless';
import { trainWidget } from './train';
import { utilisationWidget } from './utilisation';
import type { WidgetInfo } from './widget';

export const WIDGETS: readonly WidgetInfo[] = [
  memoryWidget,
  latencyWidget,
  stepWidget,
  utilisationWidget,
  trainWidget,
  talklessWidget,
];

export const widgetPath = (id: string) => `/widgets/${id}/`;
