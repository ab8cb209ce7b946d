/** The widgets that exist, for the /widgets/ index and the widget pages. */
import { latencyWidget } from './latency';
import { stepWidget } from './step';
import { utilisationWidget } from './utilisation';
import type { WidgetInfo } from './widget';

export const WIDGETS: readonly WidgetInfo[] = [latencyWidget, stepWidget, utilisationWidget];

export const widgetPath = (id: string) => `/widgets/${id}/`;
