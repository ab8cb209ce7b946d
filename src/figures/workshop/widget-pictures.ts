/**
 * A workshop widget at a scenario preset: its build-time picture (the same `render` model the widget
 * page and its worker run) and the query string that opens the live widget in that state, so a slide
 * and a participant's phone show one state.
 */
import type { Fields, StateOf } from '../../lib/url-state';
import * as failures from '../widgets/failures';
import * as latency from '../widgets/latency';
import * as memory from '../widgets/memory';
import * as power from '../widgets/power';
import * as step from '../widgets/step';
import * as talkless from '../widgets/talkless';
import * as utilisation from '../widgets/utilisation';
import type { RenderedWidget, WidgetDefinition } from '../widgets/widget';
import type { WorkshopWidgetId } from './slides';
import { widgetRun } from './widget-run';

export interface WidgetPicture {
  title: string;
  /** The outputs region as the widget renders it for this state. */
  html: string;
  /** The widget's URL state for this preset (no "?"; empty for the default state). */
  query: string;
}

type PictureOf = (presetId: string) => WidgetPicture;

function pictureOf<F extends Fields>(
  definition: WidgetDefinition<F>,
  render: (state: StateOf<F>) => RenderedWidget,
): PictureOf {
  return (presetId) => {
    const run = widgetRun(definition, render, definition.presetState(presetId));
    return { title: definition.title, html: run.rendered.html, query: run.query };
  };
}

const PICTURES: Partial<Record<WorkshopWidgetId, PictureOf>> = {
  power: pictureOf(power.powerWidget, power.renderWidgetModel),
  memory: pictureOf(memory.memoryWidget, memory.renderWidgetModel),
  latency: pictureOf(latency.latencyWidget, latency.renderWidgetModel),
  step: pictureOf(step.stepWidget, step.renderWidgetModel),
  utilisation: pictureOf(utilisation.utilisationWidget, utilisation.renderWidgetModel),
  talkless: pictureOf(talkless.talklessWidget, talkless.renderWidgetModel),
  failures: pictureOf(failures.failuresWidget, failures.renderWidgetModel),
};

export function widgetPicture(widget: WorkshopWidgetId, presetId: string): WidgetPicture {
  const picture = PICTURES[widget];
  if (!picture) throw new Error(`No workshop picture for widget "${widget}"; add it to widget-pictures.ts`);
  return picture(presetId);
}
