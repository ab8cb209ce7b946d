import { describe, expect, it } from 'vitest';
import { validateChartSpec } from '../../../lib/chart/validate';
import { scenarios } from '../../../lib/data/scenarios';
import { coalescePasses, stepChartSpec, stepRun } from './model';
import { stepPresetState } from './state';

describe('the step timeline as drawn', () => {
  it('draws the worked example in far fewer bars than the engine has items, covering the same time', () => {
    const state = stepPresetState('worked-example');
    const { result } = stepRun(state);
    const spec = stepChartSpec(state, result.rows);
    const engineItems = result.rows.filter((r) => r.kind === 'link' || r.site === 0).flatMap((r) => r.items).length;
    expect(engineItems).toBeGreaterThan(2000);
    expect(spec.items.length).toBeLessThan(engineItems / 3);
    for (const row of spec.rows) {
      const drawnEnd = Math.max(...spec.items.filter((i) => i.row === row.id).map((i) => i.end));
      const engineRow = result.rows.find((r) => r.id === row.id);
      const engineEnd = Math.max(...(engineRow?.items ?? []).map((i) => i.end));
      expect(drawnEnd).toBeCloseTo(engineEnd, 9);
    }
  });

  it('draws a chart the renderer accepts (at most six kinds) for every preset and both crossings', () => {
    for (const preset of scenarios)
      for (const cross of ['dp', 'pp'] as const) {
        const state = { ...stepPresetState(preset.id), cross };
        expect(
          () => validateChartSpec(stepChartSpec(state, stepRun(state).result.rows)),
          `${preset.id} ${cross}`,
        ).not.toThrow();
      }
  });

  it('keeps passes apart when they are wide enough to see, and joins short alternating ones', () => {
    const wide = [
      { start: 0, end: 1, kind: 'forward' as const },
      { start: 1, end: 2, kind: 'backward' as const },
    ];
    expect(coalescePasses(wide, 0.01, 0.1).map((i) => i.kind)).toEqual(['forward', 'backward']);
    const narrow = [
      { start: 0, end: 0.05, kind: 'forward' as const },
      { start: 0.05, end: 0.0505, kind: 'bubble' as const },
      { start: 0.0505, end: 0.1, kind: 'backward' as const },
      { start: 0.1, end: 0.5, kind: 'bubble' as const },
    ];
    expect(coalescePasses(narrow, 0.001, 0.1)).toEqual([
      { start: 0, end: 0.1, kind: 'passes' },
      { start: 0.1, end: 0.5, kind: 'bubble' },
    ]);
  });
});
