import { describe, expect, it } from 'vitest';
import { SCENARIO_IDS } from '../../lib/widgets/presets';
import { buildPresetState, buildUrl } from './build';
import { failuresUrl } from './failures';
import { failuresPresetState } from './failures/state';
import { latencyUrl } from './latency';
import { latencyPresetState } from './latency/state';
import { powerUrl } from './power';
import { powerPresetState } from './power/state';
import { renderWidgetModel as renderStep, stepUrl } from './step';
import { stepPresetState } from './step/state';
import { talklessUrl } from './talkless';
import { talklessPresetState } from './talkless/state';
import { utilisationUrl } from './utilisation';
import { utilisationPresetState } from './utilisation/state';

describe('widget URL state', () => {
  // Links made with URL format v1 (November 2026). They must keep opening as they did.
  it('keeps parsing literal links of earlier versions', () => {
    const old = latencyUrl.parse('?v=1&latency.a=stargate-abilene&latency.b=fairwater-atlanta&latency.rf=1.5');
    expect(old.notices).toEqual([]);
    expect(old.state.a).toBe('stargate-abilene');
    expect(old.state.rf).toBe(1.5);
    const point = latencyUrl.parse('v=1&latency.pa=51.5,-0.13');
    expect(point.state.pa).toEqual({ lat: 51.5, lon: -0.13 });
    const s = stepUrl.parse('v=1&step.km=2500&step.bw=10&step.overlap=0&step.cross=pp');
    expect(s.notices).toEqual([]);
    expect([s.state.km, s.state.bw, s.state.overlap, s.state.cross]).toEqual([2500, 10, false, 'pp']);
    const u = utilisationUrl.parse('v=1&utilisation.preset=fairwater-10t&utilisation.loss=10&utilisation.view=curves');
    expect(u.notices).toEqual([]);
    expect([u.state.preset, u.state.loss, u.state.view]).toEqual(['fairwater-10t', 10, 'curves']);
    const w = powerUrl.parse(
      'v=1&power.site=fairwater-atlanta&power.mw=200&power.pue=1.2&power.gpu=h100&power.n=4&power.tt=2',
    );
    expect(w.notices).toEqual([]);
    expect([w.state.site, w.state.mw, w.state.pue, w.state.gpu, w.state.n, w.state.tt]).toEqual([
      'fairwater-atlanta',
      200,
      1.2,
      'h100',
      '4',
      2,
    ]);
    const b = buildUrl.parse('v=1&build.n=3&build.s3=45.52,-122.68&build.b2=5&build.x=diloco&build.h=500&build.tok=30');
    expect(b.notices).toEqual([]);
    expect([b.state.n, b.state.s3, b.state.b2, b.state.x, b.state.h, b.state.tok]).toEqual([
      3,
      { lat: 45.52, lon: -122.68 },
      5,
      'diloco',
      500,
      30,
    ]);
    const t = talklessUrl.parse(
      'v=1&talkless.method=diloco&talkless.h=500&talkless.bits=16&talkless.sites=8&talkless.km=3000',
    );
    expect(t.notices).toEqual([]);
    expect([t.state.method, t.state.h, t.state.bits, t.state.sites, t.state.km]).toEqual(['diloco', 500, 16, 8, 3000]);
  });

  it('clamps out-of-range values with a notice, and ignores garbage with a notice', () => {
    const p = stepUrl.parse('step.km=99999&step.bw=abc');
    expect(p.state.km).toBe(5000);
    expect(p.notices.map((n) => n.kind).sort()).toEqual(['clamped', 'ignored']);
  });

  it('keys are prefixed by the widget id, so one chapter URL holds every widget', () => {
    const q = stepUrl.serialize(
      { ...stepUrl.defaults(), km: 100 },
      latencyUrl.serialize({ ...latencyUrl.defaults(), rf: 2 }),
    );
    expect(q).toBe('v=1&latency.rf=2&step.km=100');
    expect(latencyUrl.parse(q).state.rf).toBe(2);
    expect(stepUrl.parse(q).state.km).toBe(100);
  });

  it('every preset state omits nothing and round-trips through its URL', () => {
    for (const id of SCENARIO_IDS) {
      for (const [url, state] of [
        [latencyUrl, latencyPresetState(id)],
        [stepUrl, stepPresetState(id)],
        [utilisationUrl, utilisationPresetState(id)],
        [powerUrl, powerPresetState(id)],
        [buildUrl, buildPresetState(id)],
        [talklessUrl, talklessPresetState(id)],
      ] as const) {
        // biome-ignore lint/suspicious/noExplicitAny: heterogeneous specs in one loop
        const spec = url as any;
        expect({ ...spec.parse(spec.serialize(state)).state }).toEqual({ ...spec.normalize(state) });
      }
    }
  });

  it('the step widget reacts to its controls: no overlap costs utilisation at 10 Tbit/s', () => {
    const base = { ...stepPresetState('fairwater-10t') };
    const withOverlap = renderStep(base).run.outputs.find((o) => o.key === 'mfu')?.value as number;
    const without = renderStep({ ...base, overlap: false }).run.outputs.find((o) => o.key === 'mfu')?.value as number;
    expect(without).toBeLessThan(withOverlap);
  });
  it('the failures widget parses its literal links, clamps with a notice and round-trips every preset', () => {
    const f = failuresUrl.parse(
      'v=1&failures.gpus=50000&failures.ckpt=30&failures.ohours=24&failures.oday=5&failures.seed=7',
    );
    expect(f.notices).toEqual([]);
    expect([f.state.gpus, f.state.ckpt, f.state.ohours, f.state.oday, f.state.seed]).toEqual([50000, 30, 24, 5, 7]);
    const clamped = failuresUrl.parse('failures.gpus=99999999&failures.ckpt=abc');
    expect(clamped.state.gpus).toBe(500000);
    expect(clamped.notices.map((n) => n.kind).sort()).toEqual(['clamped', 'ignored']);
    for (const id of SCENARIO_IDS) {
      const state = failuresPresetState(id);
      expect({ ...failuresUrl.parse(failuresUrl.serialize(state)).state }).toEqual({ ...failuresUrl.normalize(state) });
    }
  });
});
