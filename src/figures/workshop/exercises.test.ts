import { describe, expect, it } from 'vitest';
import { METHOD_IDS } from '../../lib/article/methods';
import { typedFigures } from '../../lib/article/prose-scan';
import { simulateScenario } from '../../lib/sim';
import type { Fields, StateOf, UrlStateSpec } from '../../lib/url-state';
import { failuresWidget, renderWidgetModel as renderFailures } from '../widgets/failures';
import { latencyWidget, renderWidgetModel as renderLatency } from '../widgets/latency';
import { memoryWidget, renderWidgetModel as renderMemory } from '../widgets/memory';
import { powerWidget, renderWidgetModel as renderPower } from '../widgets/power';
import { renderWidgetModel as renderStep, stepWidget } from '../widgets/step';
import { renderWidgetModel as renderTalkless, talklessWidget } from '../widgets/talkless';
import { renderWidgetModel as renderUtilisation, utilisationWidget } from '../widgets/utilisation';
import type { RenderedWidget } from '../widgets/widget';
import { judgeChoice, judgeNumber } from './closeness';
import { EXERCISE_IDS, type ExerciseId } from './exercise-ids';
import { type Exercise, exercise, exercises, widgetStatePath } from './exercises';
import { firstChartFigure } from './widget-run';

/** The widget's state as a participant's browser reads it from the exercise's link. */
function fromLink<F extends Fields>(url: UrlStateSpec<F>, ex: Exercise): StateOf<F> {
  const parsed = url.parse(ex.run.query);
  expect(parsed.notices).toEqual([]);
  return parsed.state;
}
const out = (r: RenderedWidget, key: string) => {
  const v = r.run.outputs.find((o) => o.key === key)?.value;
  if (typeof v !== 'number') throw new Error(`no number output ${key}`);
  return v;
};

// Each widget's definition by id, as the test reads its URL spec (the field types differ per widget).
const DEFINITIONS = {
  power: powerWidget,
  memory: memoryWidget,
  latency: latencyWidget,
  step: stepWidget,
  utilisation: utilisationWidget,
  talkless: talklessWidget,
  failures: failuresWidget,
} as unknown as Partial<Record<string, { id: string; url: UrlStateSpec<Fields> }>>;

/** Each exercise's value recomputed from its link alone, through the widget's model or simulateScenario. */
const RECOMPUTE: Record<ExerciseId, (ex: Exercise) => { value: number; choice?: string }> = {
  'power-sites': (ex) => ({ value: out(renderPower(fromLink(powerWidget.url, ex)), 'siteGpus') }),
  'memory-fit': (ex) => {
    const r = renderMemory(fromLink(memoryWidget.url, ex));
    const total = out(r, 'noneTotalBytes');
    return { value: total, choice: total <= out(r, 'hbmBytes') ? 'fits' : 'does-not-fit' };
  },
  'light-in-fibre': (ex) => ({ value: out(renderLatency(fromLink(latencyWidget.url, ex)), 'oneWayMs') }),
  'bandwidth-latency': (ex) => {
    const wide = out(renderLatency(fromLink(latencyWidget.url, ex)), 'roundTripMs');
    const narrow = out(renderLatency(latencyWidget.presetState('fairwater-10t')), 'roundTripMs');
    return { value: wide, choice: wide === narrow ? 'same' : wide < narrow ? 'shorter' : 'longer' };
  },
  'hidden-sync': (ex) => {
    const s = simulateScenario('worked-example').summary;
    const r = renderStep(fromLink(stepWidget.url, ex));
    // The step widget at the link and simulateScenario agree on the exposed share.
    expect(out(r, 'exposedCommS') / out(r, 'stepTimeS')).toBeCloseTo(s.exposedCommS / s.stepTimeS, 12);
    return { value: (s.exposedCommS / s.stepTimeS) * 100 };
  },
  'distance-utilisation': (ex) => ({
    value: out(renderUtilisation(fromLink(utilisationWidget.url, ex)), 'currentMfu') * 100,
  }),
  'talk-less': (ex) => {
    const r = renderTalkless(fromLink(talklessWidget.url, ex));
    return { value: out(r, 'dp.wanBytesPerHour') / out(r, 'diloco.wanBytesPerHour') };
  },
  'site-failure': (ex) => {
    const r = renderFailures(fromLink(failuresWidget.url, ex));
    const ranked = ['stall', 'reduced-dp', 'decoupled']
      .map((p) => ({ p, g: out(r, `${p}Goodput`) }))
      .sort((a, b) => b.g - a.g);
    return { value: (ranked[0]?.g ?? Number.NaN) * 100, choice: ranked[0]?.p ?? '' };
  },
};

describe('workshop exercises', () => {
  it('has the eight exercises, in the outline order', () => {
    expect(exercises().map((e) => e.id)).toEqual([...EXERCISE_IDS]);
  });

  it.each(EXERCISE_IDS)('%s: the reveal is the engine’s value for the state its link opens', (id) => {
    const ex = exercise(id);
    const again = RECOMPUTE[id](ex);
    expect(ex.answer.value).toBeTypeOf('number');
    expect(ex.answer.value as number).toBeCloseTo(again.value, 9);
    if (ex.prediction.kind === 'choice') {
      expect(ex.prediction.options.map((o) => o.value)).toContain(again.choice);
      expect(ex.answerChoice).toBe(again.choice);
    } else {
      expect(ex.answerChoice).toBeUndefined();
    }
  });

  it.each(EXERCISE_IDS)('%s: its link round-trips through the widget’s URL state', (id) => {
    const ex = exercise(id);
    const def = DEFINITIONS[ex.widget];
    expect(def?.id).toBe(ex.run.widget);
    const url = def?.url as UrlStateSpec<Fields>;
    const parsed = url.parse(ex.run.query);
    expect(parsed.notices).toEqual([]);
    expect(url.serialize(parsed.state)).toBe(ex.run.query);
    // What the widget shows at the link is what the exercise rendered for its handout and inputs table.
    expect(ex.run.rendered.run.query).toBe(ex.run.query);
    expect(widgetStatePath(ex)).toBe(`/widgets/${ex.widget}/${ex.run.query ? `?${ex.run.query}` : ''}`);
  });

  it.each(EXERCISE_IDS)('%s: the badge and sources come from what the computation read', (id) => {
    const ex = exercise(id);
    expect(ex.answer.sources.length).toBeGreaterThan(0);
    expect(['known', 'estimated', 'assumed']).toContain(ex.answer.status);
    expect(METHOD_IDS).toContain(ex.method);
    expect(METHOD_IDS).toContain(ex.answer.method);
  });

  it.each(EXERCISE_IDS)('%s: its prose types no figure', (id) => {
    const ex = exercise(id);
    const prose = [
      ex.question.replace(/\{preset:[a-z0-9-]+\}/g, ''),
      ex.explanation,
      ex.reasoning,
      ex.answerLabel,
      ex.prediction.label,
      ...(ex.prediction.kind === 'choice' ? ex.prediction.options.map((o) => o.label) : []),
    ];
    // The article's own scan: product names (GB200) pass, a typed figure does not.
    for (const text of prose) expect(typedFigures(text)).toEqual([]);
  });

  it.each(EXERCISE_IDS)('%s: the handout has the widget’s own picture of the state', (id) => {
    const picture = firstChartFigure(exercise(id).run.rendered.html);
    expect(picture).toMatch(/^<figure class="chart-figure" data-chart>[\s\S]*<svg[\s\S]*<\/figure>$/);
  });
});

describe('closeness', () => {
  it('judges a number by factor or by absolute difference', () => {
    expect(judgeNumber(5, 10, { kind: 'factor', factor: 1.5 }, 'ms')).toEqual({ close: false, off: '2 times too low' });
    expect(judgeNumber(12, 10, { kind: 'factor', factor: 1.5 }, 'ms')).toEqual({
      close: true,
      off: '1.2 times too high',
    });
    expect(judgeNumber(30, 27, { kind: 'absolute', within: 5 }, 'percentage points')).toEqual({
      close: true,
      off: '3 percentage points too high',
    });
    expect(judgeNumber(10, 10, { kind: 'factor', factor: 2 }, 'GPUs')).toEqual({ close: true, off: 'spot on' });
    expect(judgeNumber(Number.NaN, 10, { kind: 'factor', factor: 2 }, 'GPUs').close).toBe(false);
    expect(judgeNumber(-1, 10, { kind: 'factor', factor: 2 }, 'GPUs').close).toBe(false);
  });

  it('judges a choice and names the right one', () => {
    expect(judgeChoice('same', 'same', { same: 'Stays the same' })).toEqual({ close: true, off: 'right' });
    expect(judgeChoice('shorter', 'same', { same: 'Stays the same' }).off).toBe('the answer is “Stays the same”');
  });
});
