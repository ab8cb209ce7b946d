/**
 * An exercise's widget state, run through the widget's own URL serializer and render model, so the link
 * an exercise gives is exactly what the widget reads and the picture is what the widget draws.
 */
import type { Fields, StateOf } from '../../lib/url-state';
import type { RunValue } from '../shared/run-record';
import type { RenderedWidget, WidgetDefinition } from '../widgets/widget';

export interface WidgetRun {
  widget: string;
  /** The query string (no "?") that opens the widget at this state. */
  query: string;
  rendered: RenderedWidget;
}

export function widgetRun<F extends Fields>(
  def: WidgetDefinition<F>,
  render: (state: StateOf<F>) => RenderedWidget,
  state: StateOf<F>,
): WidgetRun {
  const normal = def.url.normalize(state);
  return { widget: def.id, query: def.url.serialize(normal), rendered: render(normal) };
}

/** One output of a widget run by key; a key the widget no longer writes fails the build, not the page. */
export function outputOf(rendered: RenderedWidget, key: string): RunValue {
  const out = rendered.run.outputs.find((o) => o.key === key);
  if (!out) throw new Error(`workshop: widget ${rendered.run.widget} has no output "${key}"`);
  return out;
}

export function numberOutput(rendered: RenderedWidget, key: string): number {
  const v = outputOf(rendered, key).value;
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`workshop: output "${key}" is not a number`);
  return v;
}

const CHART_START = '<figure class="chart-figure" data-chart>';
const CHART_END = '</figure>';

/** Attributes whose value names ids: space-separated lists, `#id` links and `url(#id)` paint references. */
const ID_REFERENCES =
  /\b(id|for|aria-labelledby|aria-describedby|aria-controls|href|clip-path|fill|stroke|mask|filter|marker-start|marker-mid|marker-end)="([^"]*)"/g;

/**
 * The same markup with every id it defines (and every reference to one) given `scope` as a suffix: two
 * exercises that draw the same chart on one page (the handout) must not share its ids.
 */
export function scopeIds(html: string, scope: string): string {
  const ids = new Set([...html.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1] as string));
  const scoped = (id: string) => (ids.has(id) ? `${id}-${scope}` : id);
  return html.replace(ID_REFERENCES, (_all, name: string, value: string) => {
    const next = value
      .replace(/url\(#([^)]+)\)/g, (_u, id: string) => `url(#${scoped(id)})`)
      .replace(/^#(\S+)$/, (_h, id: string) => `#${scoped(id)}`)
      .split(' ')
      .map((token) => (name === 'id' || name === 'for' || name.startsWith('aria-') ? scoped(token) : token))
      .join(' ');
    return `${name}="${next}"`;
  });
}

/**
 * The widget's first chart (chartFigureHtml's markup, which nests no figure): the handout's picture, its
 * ids scoped to the exercise.
 */
export function firstChartFigure(html: string, scope?: string): string | undefined {
  const start = html.indexOf(CHART_START);
  if (start < 0) return undefined;
  const end = html.indexOf(CHART_END, start);
  if (end < 0) return undefined;
  const figure = html.slice(start, end + CHART_END.length);
  return scope ? scopeIds(figure, scope) : figure;
}
