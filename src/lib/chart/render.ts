import type { Layout } from './axes';
import { renderBar } from './render-bar';
import { renderGantt } from './render-gantt';
import { renderHeatmap } from './render-heatmap';
import { renderXY } from './render-xy';
import type { ChartSpec } from './spec';
import { chartSummary } from './summary';
import { esc, shortHash } from './svg';
import { validateChartSpec } from './validate';

export interface RenderOptions {
  /** viewBox width in px; text is drawn at `fontPx` in the same units. */
  width?: number;
  /** viewBox height for line/area/scatter/bar; heat maps and timelines size themselves by rows. */
  height?: number;
  fontPx?: number;
  /** Suffix for element ids, so two renderings of one spec can share a page. */
  variant?: string;
}

/** Widths the two built-in variants are drawn at: a phone column and the reading column. */
export const COMPACT_WIDTH = 360;
export const REGULAR_WIDTH = 680;

/**
 * The whole chart as an SVG string. Throws ChartSpecError (naming the chart and the bad value) for
 * specs that cannot be drawn honestly, e.g. a zero on a log axis.
 */
export function renderChartSvg(spec: ChartSpec, options: RenderOptions = {}): string {
  validateChartSpec(spec);
  const width = options.width ?? REGULAR_WIDTH;
  const compact = width < 480;
  const layout: Layout = {
    width,
    height: options.height ?? (compact ? 300 : 380),
    fontPx: options.fontPx ?? 12,
    idPrefix: `ch-${spec.id ?? shortHash(`${spec.kind}:${spec.title}`)}${options.variant ? `-${options.variant}` : ''}`,
    compact,
  };
  const { body, height } = draw(spec, layout);
  const titleId = `${layout.idPrefix}-t`;
  const descId = `${layout.idPrefix}-d`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart chart--${spec.kind}" viewBox="0 0 ${width} ${Math.ceil(height)}"` +
    ` width="${width}" height="${Math.ceil(height)}" role="img" aria-label="${esc(spec.title)}" aria-describedby="${descId}"` +
    ` font-size="${layout.fontPx}" fill="currentColor">` +
    `<title id="${titleId}">${esc(spec.title)}</title><desc id="${descId}">${esc(`${spec.description} ${chartSummary(spec)}`)}</desc>` +
    body +
    '</svg>'
  );
}

function draw(spec: ChartSpec, layout: Layout): { body: string; height: number } {
  switch (spec.kind) {
    case 'line':
    case 'area':
    case 'scatter':
      return renderXY(spec, layout);
    case 'bar':
      return renderBar(spec, layout);
    case 'heatmap':
      return renderHeatmap(spec, layout);
    case 'gantt':
      return renderGantt(spec, layout);
  }
}

/**
 * Both variants in one fragment; CSS (chart.css) shows the compact one in narrow containers, so phones
 * get legible text without any script.
 */
export function renderChartVariants(spec: ChartSpec): string {
  const compact = renderChartSvg(spec, { width: COMPACT_WIDTH, variant: 'c' });
  const regular = renderChartSvg(spec, { width: REGULAR_WIDTH, variant: 'r' });
  return `<div class="chart-variant chart-variant--compact">${compact}</div><div class="chart-variant chart-variant--regular">${regular}</div>`;
}
