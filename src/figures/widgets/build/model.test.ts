import { describe, expect, it } from 'vitest';
import { SCENARIO_IDS } from '../../../lib/sim';
import { FORBIDDEN_ON_SCREEN } from '../../shared/text-summary';
import { buildPresetState, buildUrl, renderWidgetModel } from '.';
import { syncMark } from './map';

const visible = (html: string) => html.replace(/<[^>]*>/g, ' ');
const out = (q: string, key: string) =>
  renderWidgetModel(buildUrl.parse(q).state).run.outputs.find((o) => o.key === key);

describe('build widget', () => {
  it('renders every preset with both plans and nothing non-finite', () => {
    for (const id of SCENARIO_IDS) {
      const r = renderWidgetModel(buildPresetState(id));
      expect(visible(r.html)).not.toMatch(FORBIDDEN_ON_SCREEN);
      expect(r.html).toContain('One site, the same power');
      expect(r.summary).not.toMatch(FORBIDDEN_ON_SCREEN);
    }
  });

  it('starts from the worked example: two Fairwater sites and the run’s token budget', () => {
    const s = buildUrl.defaults();
    expect([s.s1, s.s2, s.n]).toEqual(['fairwater-wisconsin', 'fairwater-atlanta', 2]);
    expect(s.tok).toBeCloseTo(15.6, 6);
    expect(buildUrl.serialize(s)).toBe('');
  });

  it('keeps eight sites in the address, ids or points, and clamps more with a notice', () => {
    const q = 'v=1&build.n=12&build.s3=45.5,-122.68&build.s4=stargate-abilene';
    const { state, notices } = buildUrl.parse(q);
    expect(state.n).toBe(8);
    expect(notices.map((x) => x.kind)).toEqual(['clamped']);
    expect(state.s3).toEqual({ lat: 45.5, lon: -122.68 });
    expect(buildUrl.parse(buildUrl.serialize(state)).state).toEqual(state);
    const r = renderWidgetModel(state);
    expect(r.run.inputs.filter((i) => /^s\d$/.test(i.key))).toHaveLength(8);
    expect(r.html).toContain('45.5°, -122.68°');
  });

  it('slows with a slower link, and DiLoCo with a large H talks less than data parallel', () => {
    const fast = out('v=1&build.b1=100', 'build.trainingS')?.value as number;
    const slow = out('v=1&build.b1=0.1', 'build.trainingS')?.value as number;
    expect(slow).toBeGreaterThan(fast);
    const dp = out('v=1&build.b1=0.1', 'build.wanAverageBytesPerS')?.value as number;
    const diloco = out('v=1&build.b1=0.1&build.x=diloco&build.h=500', 'build.wanAverageBytesPerS')?.value as number;
    expect(diloco).toBeLessThan(dp / 10);
  });

  it('names a reader’s change as theirs and the preset as sourced', () => {
    const preset = renderWidgetModel(buildUrl.defaults()).run;
    const mine = renderWidgetModel(buildUrl.parse('v=1&build.s2=45.5,-122.68').state).run;
    // What the run read: the sites' locations, the preset's run, the fibre's speed.
    expect(preset.outputs[2]?.sources).toEqual(
      expect.arrayContaining(['biztimes-mount-pleasant-2024', 'llama3-herd-2024']),
    );
    expect(preset.inputs.find((i) => i.key === 's2')?.status).not.toBe('reader');
    expect(mine.inputs.find((i) => i.key === 's2')?.status).toBe('reader');
    expect(mine.outputs[2]?.sources).not.toContain('thecitizen-qts-fayetteville-2023');
  });

  it('paces the pulses to the exchange: every step for data parallel, every H steps for DiLoCo', () => {
    const run = (q: string) => renderWidgetModel(buildUrl.parse(q).state).run;
    const dp = syncMark(run('v=1'));
    const diloco = syncMark(run('v=1&build.x=diloco&build.h=100'));
    const step = out('v=1&build.x=diloco&build.h=100', 'build.stepS')?.value as number;
    expect(diloco.everyS).toBeCloseTo(100 * step, 6);
    expect(dp.everyS).toBeCloseTo(out('v=1', 'build.stepS')?.value as number, 9);
    // Drawn in whole seconds between 1 and 8; the words keep the true period.
    expect(diloco.drawnS).toBe(8);
    expect(diloco.text).toMatch(/every 6\.\d+ min \(the pulse is drawn every 8 s\)/);
    expect(Number.isInteger(dp.drawnS) && dp.drawnS >= 1).toBe(true);
  });
});
