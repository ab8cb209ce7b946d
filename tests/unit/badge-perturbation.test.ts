/**
 * The badge test that cannot be fooled by the tracker it tests (issue 12): scale each sourced record
 * of the data in turn, recompute every derived figure and every widget's default, and fail where a
 * value moves but its badge is stronger than that record's status or its sources omit that record's
 * source. The record's numbers are scaled in place, so a read that bypasses the readers moves the
 * value without being tracked, and fails here.
 */
import { describe, expect, it } from 'vitest';
import * as charts from '../../src/figures/chapters/charts';
import { computeDerived, DERIVED_IDS } from '../../src/figures/chapters/derived';
import { buildWidget, renderWidgetModel as renderBuild } from '../../src/figures/widgets/build';
import { latencyWidget, renderWidgetModel as renderLatency } from '../../src/figures/widgets/latency';
import { powerWidget, renderWidgetModel as renderPower } from '../../src/figures/widgets/power';
import { renderWidgetModel as renderStep, stepWidget } from '../../src/figures/widgets/step';
import { renderWidgetModel as renderUtilisation, utilisationWidget } from '../../src/figures/widgets/utilisation';
import { articleFigures } from '../../src/lib/article/article-figures';
import { hardware, links, runs, STATUS_ORDER, type Status, sites } from '../../src/lib/data';
import { modelParams } from '../../src/lib/data/model-params';
import { type SourcedRecord, withPerturbation } from '../../src/lib/data/read-tracker';
import { scenarios } from '../../src/lib/data/scenarios';
import { payload } from '../../src/lib/payload';
import { DEFAULT_SCENARIO_ID } from '../../src/lib/widgets/presets';

interface Output {
  value: unknown;
  status: Status | 'reader';
  sources: readonly string[];
}

/** Every record in the data that holds a number with a status and a source, with its path. */
function sourcedRecords(): Entry[] {
  const found = new Map<object, string>();
  const visit = (path: string, v: unknown): void => {
    if (!v || typeof v !== 'object' || found.has(v)) return;
    const o = v as Record<string, unknown>;
    const numeric = typeof o.value === 'number' || typeof o.value === 'object' || typeof o.lat === 'number';
    if (typeof o.status === 'string' && typeof o.source === 'string' && numeric) found.set(v, path);
    for (const [k, x] of Object.entries(o)) {
      const id = x && typeof x === 'object' && 'id' in x && typeof x.id === 'string' ? x.id : k;
      visit(`${path}.${id}`, x);
    }
  };
  const roots = { sites, hardware, links, runs, modelParams, scenarios, articleFigures };
  for (const [name, root] of Object.entries(roots)) visit(name, root);
  // The engine reads the build-time payload (src/lib/payload/), a JSON copy of the same records: a
  // record and its copies (same figure, status, source and date) are scaled together.
  const copies = new Map<string, object[]>();
  const found2 = found;
  const inPayload = new Map<object, string>();
  const visitPayload = (v: unknown): void => {
    if (!v || typeof v !== 'object' || inPayload.has(v)) return;
    const o = v as Record<string, unknown>;
    const numeric = typeof o.value === 'number' || typeof o.value === 'object' || typeof o.lat === 'number';
    if (typeof o.status === 'string' && typeof o.source === 'string' && numeric) {
      inPayload.set(v, '');
      copies.set(signature(o), [...(copies.get(signature(o)) ?? []), v]);
    }
    for (const x of Object.values(o)) visitPayload(x);
  };
  visitPayload(payload);
  return [...found2].map(([record, path]) => ({
    path,
    record: record as SourcedRecord,
    copies: (copies.get(signature(record as Record<string, unknown>)) ?? []) as SourcedRecord[],
  }));
}

/** What makes two records the same figure: its numbers, unit, status, source and date. */
function signature(o: Record<string, unknown>): string {
  return JSON.stringify([o.value, o.lat, o.lon, o.unit, o.status, o.source, o.asOf]);
}

/** Every figure the site computes at its defaults: the article's derived figures and charts, each widget's outputs. */
function everyOutput(): Map<string, Output> {
  const out = new Map<string, Output>();
  for (const id of DERIVED_IDS) out.set(`derived ${id}`, computeDerived(id));
  for (const [name, build] of Object.entries(charts)) {
    // A chart the engine refuses under a perturbation (a layout that no longer divides the model)
    // depends on that record as surely as one whose numbers move.
    try {
      const { spec, status, sources } = (build as () => charts.ArticleFigureSpec)();
      out.set(`chart ${name}`, { value: spec, status, sources });
    } catch (e) {
      out.set(`chart ${name}`, { value: String(e), status: 'assumed', sources: [] });
    }
  }
  const runs = [
    renderStep(stepWidget.presetState(DEFAULT_SCENARIO_ID)).run,
    renderLatency(latencyWidget.presetState(DEFAULT_SCENARIO_ID)).run,
    renderUtilisation(utilisationWidget.presetState(DEFAULT_SCENARIO_ID)).run,
    renderPower(powerWidget.presetState(DEFAULT_SCENARIO_ID)).run,
    renderBuild(buildWidget.presetState(DEFAULT_SCENARIO_ID)).run,
  ];
  for (const run of runs)
    for (const o of run.outputs) out.set(`${run.widget} ${o.key}`, { ...o, sources: o.sources ?? [] });
  return out;
}

const moved = (a: unknown, b: unknown): boolean => {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) > 1e-9 * Math.max(Math.abs(a), 1e-300);
  return JSON.stringify(a) !== JSON.stringify(b);
};
const rank = (s: Status | 'reader') => STATUS_ORDER.indexOf(s === 'reader' ? 'assumed' : s);
/** The output's badge and sources own up to the record: as weak or weaker, and citing it. */
const covers = (o: Output, r: SourcedRecord) => rank(o.status) <= rank(r.status) && o.sources.includes(r.source);

type Entry = { path: string; record: SourcedRecord; copies: SourcedRecord[] };

/** Outputs that move when `group` is scaled (each record by its own factor, so no two cancel). */
function movedOutputs(group: readonly Entry[], baseline: Map<string, Output>, factor: number): string[] | Error {
  try {
    const seen = new Set<SourcedRecord>();
    const changes = group.flatMap((e, i) =>
      [e.record, ...e.copies]
        .filter((record) => !seen.has(record) && seen.add(record))
        .map((record) => ({ record, factor: factor + 0.0007 * i })),
    );
    const after = withPerturbation(changes, everyOutput);
    return [...baseline].filter(([name, o]) => moved(o.value, after.get(name)?.value)).map(([name]) => name);
  } catch (e) {
    return e as Error;
  }
}

describe('computed badges follow what each figure read', () => {
  it('a figure that moves with a record carries that record’s status (or weaker) and its source', () => {
    const baseline = everyOutput();
    const records = sourcedRecords();
    expect(records.length).toBeGreaterThan(100);
    // Records grouped by which outputs own up to them: within a group each output owns up to all or
    // none, so one perturbation of the whole group checks every member; a group is split only to
    // name the record behind a miss.
    const groups = new Map<string, Entry[]>();
    for (const e of records) {
      const key = [...baseline]
        .filter(([, o]) => covers(o, e.record))
        .map(([name]) => name)
        .join('|');
      groups.set(key, [...(groups.get(key) ?? []), e]);
    }
    const misses: string[] = [];
    let movedPairs = 0;
    const check = (group: readonly Entry[]): void => {
      let names = movedOutputs(group, baseline, 0.95);
      if (names instanceof Error) names = movedOutputs(group, baseline, 1.05);
      if (names instanceof Error) {
        if (group.length === 1) misses.push(`${group[0]?.path}: cannot be perturbed (${names.message})`);
        else for (const half of [group.slice(0, group.length >> 1), group.slice(group.length >> 1)]) check(half);
        return;
      }
      movedPairs += names.length;
      const first = group[0] as Entry;
      const unowned = names.filter((n) => !covers(baseline.get(n) as Output, first.record));
      if (unowned.length === 0) return;
      if (group.length > 1) {
        for (const half of [group.slice(0, group.length >> 1), group.slice(group.length >> 1)]) check(half);
        return;
      }
      for (const n of unowned) {
        const o = baseline.get(n) as Output;
        misses.push(
          `${n} moves with ${first.path} (${first.record.status}, ${first.record.source}) but is badged ${o.status} citing ${o.sources.join(', ') || 'nothing'}`,
        );
      }
    };
    for (const group of groups.values()) check(group);
    // The test must see the data at work, or it proves nothing.
    expect(movedPairs).toBeGreaterThan(100);
    expect(misses).toEqual([]);
  }, 120_000);
});
