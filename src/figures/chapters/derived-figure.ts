/**
 * The shape of a figure the article computes: value, unit, the weakest status of what it read, every
 * source it read, how many digits it deserves, and the methods-page anchor of its formula. Status and
 * sources come from the read tracker, never from a list typed beside the computation (issue 12).
 */

import type { MethodId } from '../../lib/article/methods';
import { type Status, weakestStatus } from '../../lib/data';
import { type SourcedRecord, track } from '../../lib/data/read-tracker';

export interface DerivedFigure {
  value: number | { min: number; max: number };
  unit: string;
  status: Status;
  sources: string[];
  /** Significant figures to show: computed values carry no written precision. */
  sig: number;
  /** One sentence on how it was computed (shown on hover). */
  how: string;
  method: MethodId;
  /** Display unit when the unit converts (B -> TB, s -> h). */
  as?: string;
}

export interface DeriveOptions {
  unit: string;
  sig: number;
  how: string;
  method: MethodId;
  as?: string;
}

type DerivedValue = number | { min: number; max: number };

/** Runs `compute` under the read tracker: the figure's badge and sources are what it read. */
export function computed(compute: () => DerivedValue, opts: DeriveOptions): DerivedFigure {
  const { value, reads } = track(compute);
  return derive(reads, value, opts);
}

/** A large count written in words (2.4 trillion FLOP): the unit follows the value's scale. */
export function computedInWords(compute: () => number, opts: DeriveOptions): DerivedFigure {
  const f = computed(compute, opts);
  const w = inWords(f.value as number, opts.unit);
  return { ...f, value: w.value, unit: w.unit };
}

/** The figure from the records a computation read (as `track` returns them) and its value. */
export function derive(inputs: readonly SourcedRecord[], value: DerivedValue, opts: DeriveOptions): DerivedFigure {
  const bad = typeof value === 'number' ? !Number.isFinite(value) : !Number.isFinite(value.min + value.max);
  if (bad) throw new Error(`derived figure "${opts.how}" is not a finite number`);
  const sources = [...new Set(inputs.map((i) => i.source))];
  const figure: DerivedFigure = {
    value,
    unit: opts.unit,
    status: weakestStatus(inputs.map((i) => i.status)),
    sources,
    sig: opts.sig,
    how: opts.how,
    method: opts.method,
  };
  if (opts.as !== undefined) figure.as = opts.as;
  return figure;
}

/** Large counts read as words for newcomers: 2.4e12 FLOP -> 2.4 trillion FLOP. */
export function inWords(value: number, unit: string): { value: number; unit: string } {
  const scales: [number, string][] = [
    [1e18, 'quintillion'],
    [1e15, 'quadrillion'],
    [1e12, 'trillion'],
    [1e9, 'billion'],
    [1e6, 'million'],
  ];
  for (const [scale, word] of scales) {
    if (Math.abs(value) >= scale) return { value: value / scale, unit: unit ? `${word} ${unit}` : word };
  }
  return { value, unit };
}
