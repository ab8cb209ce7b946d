/**
 * A chart figure as an HTML string, in the same markup as src/components/chart/Chart.astro, so a widget
 * renders its plot at build time and re-renders it in the browser with one function (the chart module).
 */
import { type ChartSpec, chartDataTable, renderChartVariants } from '../../lib/chart';
import { esc } from '../../lib/format/html';

export function chartFigureHtml(spec: ChartSpec, caption: string): string {
  let frame: string;
  try {
    frame = renderChartVariants(spec);
  } catch (err) {
    // A spec the chart module refuses (it names why) becomes a readable note, never a blank figure.
    const message = err instanceof Error ? err.message : String(err);
    frame = `<p class="chart-error" role="status">This chart cannot be drawn for these inputs. ${esc(message)}</p>`;
  }
  return (
    `<figure class="chart-figure" data-chart><div class="chart-frame">${frame}</div>` +
    `<details class="chart-data"><summary>Data table</summary><div class="chart-data-scroll">${chartDataTable(spec)}</div></details>` +
    `<figcaption class="chart-caption"><strong class="chart-title">${esc(spec.title)}.</strong> ${esc(caption)}</figcaption></figure>`
  );
}
