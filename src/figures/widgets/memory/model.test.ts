import { describe, expect, it } from 'vitest';
import { simulateScenarioUnchecked } from '../../../lib/sim/unchecked';
import { SCENARIO_IDS } from '../../../lib/widgets/presets';
import { FORBIDDEN_ON_SCREEN } from '../../shared/text-summary';
import { memoryWidget, renderWidgetModel } from '.';
import { memoryChartSpec } from './model';
import { memoryRun } from './run';

const state = (over = {}) => ({ ...memoryWidget.url.defaults(), ...over });

describe('memory widget model', () => {
  it('renders every preset with its own figures', () => {
    const seen = new Set<string>();
    for (const id of SCENARIO_IDS) {
      const out = renderWidgetModel(memoryWidget.presetState(id));
      expect(out.html).not.toMatch(FORBIDDEN_ON_SCREEN);
      expect(out.summary).not.toMatch(FORBIDDEN_ON_SCREEN);
      seen.add(out.summary);
    }
    expect(seen.size).toBe(SCENARIO_IDS.length);
  });

  it('shows, for each preset as set, the memory the step simulation finds (one memory model)', () => {
    for (const id of SCENARIO_IDS) {
      const widget = memoryRun(memoryWidget.presetState(id)).result.chosen.memory.totalBytes;
      expect(widget, id).toBe(simulateScenarioUnchecked(id).summary.memoryPerGpuBytes);
    }
  });

  it('stacks the four parts of every option to its total, against the GPU’s HBM', () => {
    const run = memoryRun(state());
    const spec = memoryChartSpec(run.result);
    expect(spec.categories).toHaveLength(8);
    run.result.options.forEach((o, i) => {
      const stacked = spec.series.reduce((s, series) => s + (series.values[i] ?? 0), 0);
      expect(stacked * 1e9).toBeCloseTo(o.memory.totalBytes, -3);
    });
    expect(spec.annotations?.[0]?.y).toBeCloseTo(run.result.hbmBytes / 1e9);
  });

  it('reacts to its controls: ZeRO-3 needs less, a smaller GPU fits less', () => {
    const base = memoryRun(state({ zero: 'zero1' })).result.chosen.memory.totalBytes;
    expect(memoryRun(state({ zero: 'zero3' })).result.chosen.memory.totalBytes).toBeLessThan(base);
    const small = memoryRun(state({ gpu: 'v100', tp: 1, pp: 1 }));
    expect(small.result.chosen.fits).toBe(false);
    expect(renderWidgetModel(state({ gpu: 'v100', tp: 1, pp: 1 })).html).toContain('does not fit');
  });

  it('badges a reader-set split as the reader’s, the preset as the preset’s', () => {
    expect(memoryRun(state()).readerSet).toBe(false);
    const mine = memoryRun(state({ tp: 4 }));
    expect(mine.readerSet).toBe(true);
    expect(mine.status).toBe('assumed');
  });

  it('clamps a pipeline deeper than the model to one layer per stage, and says so', () => {
    const out = renderWidgetModel(memoryWidget.presetState('deepseek-v3-split'));
    expect(out.html).not.toContain('data-out="clamped"');
    const deep = renderWidgetModel({ ...memoryWidget.presetState('deepseek-v3-split'), pp: 128 });
    expect(deep.html).toContain('data-out="clamped"');
  });
});
