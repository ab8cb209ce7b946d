/**
 * Inputs the article's worked examples read from the data. Each read goes through `figureMidpoint`
 * (or `figureRange`), so inside a tracked computation (derived-figure.ts) it counts toward the
 * figure's badge and sources; the status and source here are for display, never for a badge.
 */

import { articleFigure } from '../../lib/article/article-figures';
import { figureMidpoint, figureRange, hardware, links, lookupFigure, runs, type Status, sites } from '../../lib/data';
import { modelParams } from '../../lib/data/model-params';

export interface Input {
  value: number;
  /** Present when the figure is a range: worked examples may carry it through. */
  range?: { min: number; max: number };
  status: Status;
  source: string;
}

type SourcedFigure = Parameters<typeof figureMidpoint>[0];

function fromFigure(figure: SourcedFigure): Input {
  const input: Input = { value: figureMidpoint(figure), status: figure.status, source: figure.source };
  if (typeof figure.value !== 'number') input.range = figureRange(figure);
  return input;
}

/** A figure from the data set by path (`sites.fairwater-atlanta.itPowerMw`), optionally at a date. */
export function data(path: string, at?: string): Input {
  return fromFigure(lookupFigure(path, at === undefined ? {} : { at }).figure);
}

/** A published result or a scenario choice from content/data/article-figures.json. */
export function fact(path: string): Input {
  return fromFigure(articleFigure(path));
}

export function site(id: string) {
  const s = sites.find((x) => x.id === id);
  if (!s) throw new Error(`article: no site "${id}"`);
  return s;
}

export function run(id: string) {
  const r = runs.find((x) => x.id === id);
  if (!r) throw new Error(`article: no run "${id}"`);
  return r;
}

export function gpu(id: string) {
  const h = hardware.find((x) => x.id === id);
  if (!h) throw new Error(`article: no hardware "${id}"`);
  return h;
}

export const fiber = links.fiber;

type ScalarParam = Exclude<keyof typeof modelParams, 'matmulEfficiency'>;

/** One of the engine's sourced model parameters (content/data/model-params.json). */
export function param(name: ScalarParam): Input {
  return fromFigure(modelParams[name]);
}

/** The engine's sustained fraction of peak for a hardware generation. */
export function matmulEfficiencyInput(generation: keyof typeof modelParams.matmulEfficiency): Input {
  const f = modelParams.matmulEfficiency[generation];
  if (!f) throw new Error(`model-params.json: no matmulEfficiency for ${generation}`);
  return fromFigure(f);
}
