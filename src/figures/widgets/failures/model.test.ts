import { describe, expect, it } from 'vitest';
import { SCENARIO_IDS } from '../../../lib/widgets/presets';
import { FORBIDDEN_ON_SCREEN } from '../../shared/text-summary';
import { failuresWidget, renderWidgetModel } from '.';
import { failuresRun } from './run';

const state = (over = {}) => ({ ...failuresWidget.url.defaults(), ...over });

describe('failures widget model', () => {
  it('renders every preset with its own figures', () => {
    const seen = new Set<string>();
    for (const id of SCENARIO_IDS) {
      const out = renderWidgetModel(failuresWidget.presetState(id));
      expect(out.html).not.toMatch(FORBIDDEN_ON_SCREEN);
      expect(out.summary).not.toMatch(FORBIDDEN_ON_SCREEN);
      seen.add(out.summary);
    }
    expect(seen.size).toBeGreaterThan(1);
  });

  it('starts each preset at the Young/Daly interval of its cluster', () => {
    for (const id of SCENARIO_IDS) {
      const run = failuresRun(failuresWidget.presetState(id));
      expect(Math.abs(run.config.checkpointIntervalS - run.result.youngDalyS)).toBeLessThanOrEqual(30);
    }
  });

  it('reacts to its controls: a checkpoint far from Young/Daly costs stall and restart, an outage costs it most', () => {
    const base = failuresRun(state()).result.runs;
    expect(failuresRun(state({ ckpt: 1440 })).result.runs.stall.goodput).toBeLessThan(base.stall.goodput);
    const dark = failuresRun(state({ ohours: 24 })).result.runs;
    const drop = (p: keyof typeof base) => base[p].goodput - dark[p].goodput;
    expect(drop('stall')).toBeGreaterThan(drop('reduced-dp'));
    expect(drop('stall')).toBeGreaterThan(drop('decoupled'));
    expect(renderWidgetModel(state({ ohours: 24 })).html).toContain('Site dark');
  });

  it('replays the same faults from the same seed and others from another', () => {
    expect(renderWidgetModel(state()).html).toBe(renderWidgetModel(state()).html);
    const a = failuresRun(state()).result.faultTimesS;
    expect(failuresRun(state({ seed: 2 })).result.faultTimesS).not.toEqual(a);
  });

  it('badges a reader-set cluster as the reader’s, the preset as its data’s, and cites what it read', () => {
    const preset = failuresRun(state());
    expect(preset.readerSet).toBe(false);
    expect(preset.sources).toContain('llama3-herd-2024');
    expect(preset.sources).toContain('gemini-2-5-report-2025');
    const mine = failuresRun(state({ gpus: 50_000 }));
    expect(mine.readerSet).toBe(true);
    expect(mine.status).toBe('assumed');
  });

  it('sets the published goodput figures beside the engine’s', () => {
    const html = renderWidgetModel(state()).html;
    expect(html).toContain('data-out="references"');
    expect(html).toMatch(/Llama 3: effective training time/);
    expect(html).toMatch(/Decoupled DiLoCo/);
  });
});
