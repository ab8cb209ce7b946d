/**
 * The article's charts, one file per chapter, computed at build time from the data and the engine.
 * Each returns a ChartSpec for <ArticleChart> with the sources its computation read (tracked-chart.ts).
 */
export { stepTimelineChart } from './bandwidth';
export { waitsChart } from './distance';
export { modelStateChart } from './exchanges';
export { goodputChart } from './failures';
export { lowCommChart } from './talking-less';
export type { ArticleFigureSpec } from './tracked-chart';
