import { type ChartSpec, chartDataTable, renderChartVariants } from '../../lib/chart';

/**
 * Draw a chart figure (rendered by Chart.astro) again for a new spec, in the browser. Pure string
 * rendering, no DOM library: the cost is the chart module itself (see docs/CHARTS.md).
 * A spec that cannot be drawn (e.g. a zero on a log axis) leaves a readable message, not a blank
 * figure, and returns false.
 */
export function hydrateChart(figure: HTMLElement, spec: ChartSpec): boolean {
  const frame = figure.querySelector<HTMLElement>('.chart-frame');
  if (!frame) throw new Error('hydrateChart: element has no .chart-frame; render it with Chart.astro first');
  let svg: string;
  try {
    svg = renderChartVariants(spec);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const note = document.createElement('p');
    note.className = 'chart-error';
    note.setAttribute('role', 'status');
    note.textContent = `This chart cannot be drawn for these inputs. ${message}`;
    frame.replaceChildren(note);
    return false;
  }
  frame.innerHTML = svg;
  const title = figure.querySelector('.chart-title');
  if (title) title.textContent = `${spec.title}.`;
  const table = figure.querySelector('.chart-data-scroll');
  if (table) table.innerHTML = chartDataTable(spec);
  return true;
}
