/** The widgets that exist, for the /widgets/ index and the widget pages. */
import { buildWidget } from './build';
import { failuresWidget } from './failures';
import { latencyWidget } from './latency';
import { memoryWidget } from './memory';
import { powerWidget } from './power';
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
  powerWidget,
  failuresWidget,
  buildWidget,
  talklessWidget,
];

export const widgetPath = (id: string) => `/widgets/${id}/`;
