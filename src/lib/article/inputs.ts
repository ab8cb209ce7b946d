/**
 * Inputs the article's worked examples read from the data: every one keeps its value, status and
 * source, so a derived figure can carry the weakest status and cite all of them.
 */
import { hardware, links, lookupFigure, runs, type Status, sites } from '../data';
import { modelParams } from '../data/model-params';
import { articleFigure } from './article-figures';

export interface Input {
  value: number;
  /** Present when the figure is a range: worked examples may carry it through. */
  range?: { min: number; max: number };
  status: Status;
  source: string;
}

function fromFigure(figure: { value: number | { min: number; max: number }; status: Status; source: string }): Input {
  const v = figure.value;
  const input: Input = {
    value: typeof v === 'number' ? v : (v.min + v.max) / 2,
    status: figure.status,
    source: figure.source,
  };
  if (typeof figure.value !== 'number') input.range = { ...figure.value };
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
