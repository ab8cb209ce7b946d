/**
 * Resolves a figure path such as `sites.fairwater-atlanta.rackPowerKw` to the figure and its
 * source. Prose and widgets name figures by path instead of retyping them, so a typo must fail
 * the build: every miss throws a DataError that says what does exist at that point of the path.
 *
 * Grammar:
 *   sites.<siteId>.<figureName>      a series: the latest entry, or the one in force at `at`
 *   hardware.<hardwareId>.<field>
 *   links.fiber.<name>
 *   links.wan.<name>
 *   links.<linkId>.<field>           a figure field of the link, or a name in its `figures`
 *   runs.<runId>.<field>
 */
import type { Hardware } from './hardware';
import type { LinksFile } from './links';
import type { Figure, FigureSeries } from './provenance';
import { figureSchema } from './provenance-schemas';
import type { Run } from './runs';
import type { Site } from './sites';
import type { Source } from './sources';
import { DataError } from './validate';

export interface FigureLookup {
  figure: Figure;
  /** Present when the path names a time series (site figures). */
  series?: FigureSeries;
  source: Source;
  path: string;
}

export interface LookupOptions {
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD): pick the series entry in force on that date. */
  at?: string;
}

export interface LookupParts {
  sources: ReadonlyMap<string, Source>;
  sites: readonly Site[];
  hardware: readonly Hardware[];
  links: LinksFile;
  runs: readonly Run[];
}

function isFigure(value: unknown): value is Figure {
  return figureSchema.safeParse(value).success;
}

function list(names: Iterable<string>): string {
  const sorted = [...names].sort();
  return sorted.length ? sorted.join(', ') : '(none)';
}

/** Names of the fields of a record that hold a figure, for the "what exists here" part of an error. */
function figureFields(record: object): string[] {
  return Object.entries(record)
    .filter(([, v]) => isFigure(v))
    .map(([k]) => k);
}

/**
 * The entry in force on `at`: the last whose asOf is not after it. Dates of different precision
 * compare as strings on purpose: "2026-06" sorts before "2026-06-23", so a month-precise entry is
 * in force from the first of that month.
 */
export function figureAt(series: FigureSeries, at: string): Figure | undefined {
  let found: Figure | undefined;
  for (const entry of series) {
    if (entry.asOf <= at) found = entry;
  }
  return found;
}

export function createLookup(parts: LookupParts) {
  const fail = (path: string, why: string): never => {
    throw new DataError(`Figure path "${path}" does not resolve: ${why}`);
  };

  function lookupSource(id: string): Source {
    const source = parts.sources.get(id);
    if (!source) throw new DataError(`Unknown source id "${id}"; known ids: ${list(parts.sources.keys())}`);
    return source;
  }

  function fromRecord(path: string, kind: string, record: object, id: string, field: string): Figure {
    const value: unknown = (record as Record<string, unknown>)[field];
    if (isFigure(value)) return value;
    return fail(path, `${kind} "${id}" has no figure "${field}"; its figures are: ${list(figureFields(record))}`);
  }

  function resolveSite(path: string, siteId: string, name: string, at: string | undefined) {
    const site = parts.sites.find((s) => s.id === siteId);
    if (!site) return fail(path, `no site "${siteId}"; sites are: ${list(parts.sites.map((s) => s.id))}`);
    const series = site.figures[name];
    if (!series)
      return fail(
        path,
        `site "${siteId}" has no figure "${name}"; its figures are: ${list(Object.keys(site.figures))}`,
      );
    if (at === undefined) return { figure: series[series.length - 1] as Figure, series };
    const figure = figureAt(series, at);
    if (!figure) {
      return fail(path, `no entry in force on ${at}; the series starts on ${series[0]?.asOf ?? '(empty)'}`);
    }
    return { figure, series };
  }

  function resolveLinks(path: string, head: string, name: string): Figure {
    const { fiber, wan, links } = parts.links;
    if (head === 'fiber') {
      const figure: unknown = (fiber as Record<string, unknown>)[name];
      if (isFigure(figure)) return figure;
      return fail(path, `links.fiber has no figure "${name}"; it has: ${list(Object.keys(fiber))}`);
    }
    if (head === 'wan') {
      const figure = wan.figures[name];
      if (figure) return figure;
      return fail(path, `links.wan has no figure "${name}"; it has: ${list(Object.keys(wan.figures))}`);
    }
    const link = links.find((l) => l.id === head);
    if (!link) {
      return fail(
        path,
        `no link "${head}"; after "links." come fiber, wan or a link id: ${list(links.map((l) => l.id))}`,
      );
    }
    const named = link.figures[name];
    if (named) return named;
    const direct: unknown = (link as Record<string, unknown>)[name];
    if (isFigure(direct)) return direct;
    return fail(
      path,
      `link "${head}" has no figure "${name}"; its figures are: ${list([...figureFields(link), ...Object.keys(link.figures)])}`,
    );
  }

  function resolve(path: string, at: string | undefined): { figure: Figure; series?: FigureSeries } {
    const parts3 = path.split('.');
    const [root, id, field] = parts3;
    if (parts3.length !== 3 || !root || !id || !field) {
      return fail(path, 'a path has three dot-separated parts: <sites|hardware|links|runs>.<id>.<field>');
    }
    switch (root) {
      case 'sites':
        return resolveSite(path, id, field, at);
      case 'hardware': {
        const record = parts.hardware.find((h) => h.id === id);
        if (!record)
          return fail(path, `no hardware "${id}"; hardware ids are: ${list(parts.hardware.map((h) => h.id))}`);
        return { figure: fromRecord(path, 'hardware', record, id, field) };
      }
      case 'links':
        return { figure: resolveLinks(path, id, field) };
      case 'runs': {
        const record = parts.runs.find((r) => r.id === id);
        if (!record) return fail(path, `no run "${id}"; run ids are: ${list(parts.runs.map((r) => r.id))}`);
        return { figure: fromRecord(path, 'run', record, id, field) };
      }
      default:
        return fail(path, `unknown root "${root}"; roots are: hardware, links, runs, sites`);
    }
  }

  function lookupFigure(path: string, opts: LookupOptions = {}): FigureLookup {
    const { figure, series } = resolve(path, opts.at);
    const source = parts.sources.get(figure.source);
    if (!source) return fail(path, `its figure names source "${figure.source}", which does not exist`);
    return series ? { figure, series, source, path } : { figure, source, path };
  }

  return { lookupFigure, lookupSource };
}
