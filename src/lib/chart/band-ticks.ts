/**
 * Which values on a numeric band axis (heat-map rows and columns) get a label: the ones a person
 * would choose for a continuous axis of the same extent (0, 1,000, 2,000 km; decades of a log
 * sweep), never whatever survives greedy thinning (0, 250, 500, 750, 1,250).
 */
import { scaleLinear } from 'd3-scale';
import type { AxisSpec } from './spec';

/** Relative tolerance for "this band value is that tick". */
const SAME = 1e-9;

function decadeIndices(values: readonly number[]): number[] {
  return values.flatMap((v, i) => (v > 0 && Math.abs(Math.log10(v) - Math.round(Math.log10(v))) < SAME ? [i] : []));
}

function niceIndices(values: readonly number[], maxLabels: number): number[] {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const span = Math.abs(hi - lo) || 1;
  // Ask d3 for fewer and fewer ticks until they fit; keep the band values that land on one.
  for (let count = maxLabels; count >= 1; count--) {
    const ticks = scaleLinear().domain([lo, hi]).ticks(count);
    const hits = values.flatMap((v, i) => (ticks.some((t) => Math.abs(t - v) <= span * SAME) ? [i] : []));
    if (hits.length >= 2 && hits.length <= maxLabels) return hits;
  }
  return [];
}

/** Keep every `stride`-th index, for values on no nice grid. */
function strided(count: number, maxLabels: number): number[] {
  const stride = Math.max(1, Math.ceil(count / Math.max(1, maxLabels)));
  return Array.from({ length: count }, (_, i) => i).filter((i) => i % stride === 0);
}

/**
 * Indices of `values` to label, at most `maxLabels` of them (how many fit along the axis). Log axes
 * label their decades, linear axes every value when all fit, else the values d3's nice ticks hit.
 */
export function bandTickIndices(values: readonly number[], axis: AxisSpec, maxLabels: number): number[] {
  if (values.length <= maxLabels && axis.scale !== 'log') return values.map((_, i) => i);
  const picked = axis.scale === 'log' ? decadeIndices(values) : niceIndices(values, maxLabels);
  if (picked.length === 0) return strided(values.length, maxLabels);
  if (picked.length <= maxLabels) return picked;
  const stride = Math.ceil(picked.length / maxLabels);
  return picked.filter((_, k) => k % stride === 0);
}
