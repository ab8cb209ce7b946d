/**
 * The declarative shape every chart on the site is described in. Plain JSON (no functions), so the
 * same spec renders at build time in Node and again in the browser when a widget changes its inputs.
 * Widgets and figures fill it with numbers the engine computed; this module never imports the engine.
 */

import type { TrafficKindId } from './traffic-kinds';

export type ScaleType = 'linear' | 'log';

/** How tick labels are written: `auto` picks plain or SI by magnitude; `percent` reads 0.42 as "42%". */
export type TickFormat = 'auto' | 'si' | 'percent';

export interface AxisSpec {
  /** What is measured, without the unit: "Distance between sites". */
  label: string;
  /** Unit shown in brackets after the label: "km", "ms", "Gbit/s". Required: an axis without a unit is a bug. */
  unit: string;
  scale?: ScaleType;
  /** Fixed extent; otherwise taken from the data (and rounded outwards). */
  domain?: readonly [number, number];
  /** Start a linear axis at zero even when the data do not reach it. */
  zero?: boolean;
  format?: TickFormat;
  /** Rough number of ticks wanted on a regular-width chart. */
  ticks?: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface SeriesSpec {
  label: string;
  points: readonly Point[];
}

/** A marked place on the chart, e.g. "current configuration" or "Fairwater distance". */
export type Annotation =
  | { kind: 'x'; x: number; label: string }
  | { kind: 'y'; y: number; label: string }
  | { kind: 'point'; x: number; y: number; label: string };

interface ChartBase {
  title: string;
  /** One or two sentences on what the chart shows; read by screen readers. */
  description: string;
  /** Stable id for element ids inside the SVG; derived from the title when absent. */
  id?: string;
}

export interface XYChartSpec extends ChartBase {
  kind: 'line' | 'area' | 'scatter';
  x: AxisSpec;
  y: AxisSpec;
  series: readonly SeriesSpec[];
  annotations?: readonly Annotation[];
}

export interface BarChartSpec extends ChartBase {
  kind: 'bar';
  /** Axis label for the categories, e.g. "Parallelism strategy". */
  categoryLabel: string;
  categories: readonly string[];
  y: AxisSpec;
  /** One value per category in each series. */
  series: readonly { label: string; values: readonly number[] }[];
  /** Series stacked into one bar per category (parts of a whole) instead of side by side. */
  stacked?: boolean;
  annotations?: readonly Extract<Annotation, { kind: 'y' }>[];
}

export interface HeatmapSpec extends ChartBase {
  kind: 'heatmap';
  x: AxisSpec;
  y: AxisSpec;
  xValues: readonly number[];
  yValues: readonly number[];
  /** values[yIndex][xIndex]. */
  values: readonly (readonly number[])[];
  value: { label: string; unit: string; format?: TickFormat };
  annotations?: readonly Extract<Annotation, { kind: 'point' }>[];
}

export interface GanttItem {
  /** Row id. */
  row: string;
  start: number;
  end: number;
  /** What the interval is: one entry of the shared traffic key (traffic-kinds.ts). */
  kind: TrafficKindId;
  bytes?: number;
}

export interface GanttSpec extends ChartBase {
  kind: 'gantt';
  /** The time axis. */
  x: AxisSpec;
  rows: readonly { id: string; label: string }[];
  /** The kinds drawn, each in its colour and pattern from traffic-kinds.ts, whatever its place in this list. */
  kinds: readonly { id: TrafficKindId; label: string }[];
  items: readonly GanttItem[];
  annotations?: readonly Extract<Annotation, { kind: 'x' }>[];
}

export type ChartSpec = XYChartSpec | BarChartSpec | HeatmapSpec | GanttSpec;
export type ChartKind = ChartSpec['kind'];

/** Most series a chart distinguishes by colour, dash and marker; more would need a different chart. */
export const MAX_SERIES = 6;

export class ChartSpecError extends Error {
  override name = 'ChartSpecError';
}
