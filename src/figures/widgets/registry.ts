/** The widgets that exist, for the /widgets/ index and the widget pages. */

import { buildWidget } from './build';
import { latencyWidget } from './latency';
import { memoryWidget } from './memory';
import { stepWidget } from './step';
import { trainWidget } from './train';
import { utilisationWidget } from './utilisation';
import type { WidgetInfo } from './widget';

export const WIDGETS: readonly WidgetInfo[] = [
  memoryWidget,
  latencyWidget,
  stepWidget,
  utilisationWidget,
  trainWidget,
  buildWidget,
];

export const widgetPath = (id: string) => `/widgets/${id}/`;
