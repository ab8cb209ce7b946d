import { describe, expect, it } from 'vitest';
import { dataParallelStepAt, innerStepSecondsUnchecked } from '../../../lib/sim/unchecked';
import { talklessWidget } from './definition';
import { TARGET_UTILISATIONS } from './labels';
import { renderTalklessWidget } from './model';
import { publishedSectionHtml } from './published-section';
import { talklessRun } from './run';
import { talklessUrl } from './state';

const base = { ...talklessUrl.defaults(), bw: 0.05 };
const out = (s: typeof base, key: string) =>
  renderTalklessWidget(s).run.outputs.find((o) => o.key === key)?.value as number;

describe('the talking-less widget', () => {
  it('reacts to its controls as the schedules say it should', () => {
    expect(out({ ...base, h: 500 }, 'diloco.wanBytesPerHour')).toBeLessThan(out(base, 'diloco.wanBytesPerHour'));
    expect(out({ ...base, bits: 16 }, 'sdiloco.bandwidthFor90')).toBeGreaterThan(out(base, 'sdiloco.bandwidthFor90'));
    expect(out({ ...base, km: 5000, sites: 16, h: 1 }, 'diloco.bandwidthFor99')).toBeNull();
    expect(out({ ...base, bw: 1 }, 'dp.utilisation')).toBeGreaterThan(out(base, 'dp.utilisation'));
  });

  it('data parallel’s bandwidth for each utilisation, bisected between two swept points, gives that utilisation', () => {
    const run = talklessRun(base);
    const dp = run.methods.find((m) => m.key === 'dp');
    const inner = innerStepSecondsUnchecked(run.step);
    TARGET_UTILISATIONS.forEach((u, i) => {
      const need = dp?.needs[i] as number;
      expect(inner / dataParallelStepAt(run.step, need)).toBeGreaterThanOrEqual(u - 1e-9);
      expect(inner / dataParallelStepAt(run.step, need * 0.99)).toBeLessThan(u);
    });
  });

  it('shows every schedule, and every published result within its tolerance', () => {
    const html = renderTalklessWidget(base).html;
    for (const text of ['Synchronous data parallel', 'Local SGD', 'DiLoCo', 'Streaming DiLoCo'])
      expect(html).toContain(text);
    const published = publishedSectionHtml(3);
    for (const text of ['DiLoCo, 8 replicas', 'Streaming DiLoCo, 2 replicas', 'three continents', 'within the US'])
      expect(published).toContain(text);
    expect(published).not.toContain('outside');
    expect(renderTalklessWidget(base).run.title).toBe(talklessWidget.title);
  });
});
