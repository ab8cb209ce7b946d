/**
 * Every figure the chapters compute, by name: `<Derived of="wiAtlRoundTripMs" />`, one file per
 * chapter. Each runs the engine under the read tracker, so its badge is the weakest status of what
 * it read and its sources are every source it read. Lazily evaluated and cached: a chapter pays only
 * for the figures it uses.
 */
import type { DerivedFigure } from '../derived-figure';
import { bandwidthFigures } from './bandwidth';
import { distanceFigures } from './distance';
import { exchangesFigures } from './exchanges';
import { failuresFigures } from './failures';
import { growthFigures } from './growth';
import { powerFigures } from './power';
import { talkingLessFigures } from './talking-less';

const definitions = {
  ...powerFigures,
  ...exchangesFigures,
  ...distanceFigures,
  ...bandwidthFigures,
  ...talkingLessFigures,
  ...failuresFigures,
  ...growthFigures,
} satisfies Record<string, () => DerivedFigure>;

export type DerivedId = keyof typeof definitions;
export const DERIVED_IDS = Object.keys(definitions) as DerivedId[];

export function isDerivedId(id: string): id is DerivedId {
  return Object.hasOwn(definitions, id);
}

/** Computes a figure afresh, uncached: for tests that perturb the data and recompute. */
export function computeDerived(id: DerivedId): DerivedFigure {
  return definitions[id]();
}

const cache = new Map<DerivedId, DerivedFigure>();

export function derived(id: string): DerivedFigure {
  if (!isDerivedId(id)) throw new Error(`<Derived of="${id}">: no such figure; known: ${DERIVED_IDS.join(', ')}`);
  let figure = cache.get(id);
  if (!figure) {
    figure = computeDerived(id);
    cache.set(id, figure);
  }
  return figure;
}
