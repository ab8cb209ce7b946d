export { chartDataCsv, chartDataRows, chartDataTable } from './data-table';
export { COMPACT_WIDTH, REGULAR_WIDTH, type RenderOptions, renderChartSvg, renderChartVariants } from './render';
export * from './spec';
export { chartSummary } from './summary';
export { validateChartSpec } from './validate';
