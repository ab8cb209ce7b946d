import { describe, expect, it } from 'vitest';
import { runDemo } from '../../../lib/train';
import { CORPUS_TEXT, smallConfig } from '../../../lib/train/test-config';
import { FORBIDDEN_ON_SCREEN } from '../../shared/text-summary';
import { trainDemoConfig } from './config';
import { curveDigest, renderTrainWidget } from './model';
import { trainUrl } from './state';

const visible = (html: string) => html.replace(/<[^>]*>/g, ' ');

describe('the training demo at its default setting', () => {
  const state = trainUrl.defaults();
  const config = trainDemoConfig(state);
  const result = runDemo(CORPUS_TEXT, config);
  const byId = (id: string) => result.runs.find((r) => r.id === id);

  it('runs every algorithm and each beats the bigram baseline', () => {
    expect(result.runs).toHaveLength(5);
    for (const r of result.runs) expect(r.finalLoss, r.id).toBeLessThan(result.bigramLoss);
  });

  it('at equal tokens and H = 50, DiLoCo ends within 5% of data parallel while sending 50× fewer bytes', () => {
    expect(config.innerStepsPerSync).toBe(50);
    const dp = byId('sync-dp');
    const diloco = byId('diloco');
    if (!dp || !diloco) throw new Error('missing run');
    const gap = diloco.finalLoss / dp.finalLoss - 1;
    const ratio = dp.wanBytes / diloco.wanBytes;
    console.info(
      `default run (${config.sites} sites, ${config.steps} steps, H=50): data parallel ${dp.finalLoss.toFixed(4)}, DiLoCo ${diloco.finalLoss.toFixed(4)} (+${(gap * 100).toFixed(2)}%), ${ratio.toFixed(1)}x fewer WAN bytes; bigram ${result.bigramLoss.toFixed(4)}`,
    );
    expect(gap).toBeLessThan(0.05);
    expect(ratio).toBeCloseTo(50, 6);
  });

  it('renders the table, both curves and the samples with nothing unreadable on screen', () => {
    const w = renderTrainWidget(state, result);
    expect(w.html).toContain(`data-curve-digest="${curveDigest(result)}"`);
    expect(w.html.match(/<figure class="chart-figure"/g)).toHaveLength(2);
    expect(w.html).not.toContain('chart-error');
    expect(visible(w.html)).not.toMatch(FORBIDDEN_ON_SCREEN);
    expect(w.summary).not.toMatch(FORBIDDEN_ON_SCREEN);
    expect(w.run.outputs.length).toBe(5 * 4 + 1);
  });
});

describe('the training demo before training', () => {
  it('asks for Train, and asks for an algorithm when none is chosen', () => {
    const none = { ...trainUrl.defaults(), dp: false, lsgd: false, diloco: false, sdiloco: false, async: false };
    expect(renderTrainWidget(trainUrl.defaults()).html).toContain('Press Train');
    expect(renderTrainWidget(none).html).toContain('Choose at least one algorithm');
  });

  it('the clock follows the controls: lower bandwidth, longer exchanges', () => {
    const fast = trainDemoConfig(trainUrl.defaults()).clock;
    const slow = trainDemoConfig({ ...trainUrl.defaults(), bw: 0.05 }).clock;
    expect(slow.wanBandwidthBytesPerS).toBeLessThan(fast.wanBandwidthBytesPerS);
    expect(slow.innerStepS).toBeGreaterThan(0);
  });

  it('a curve digest changes when any curve value changes', () => {
    const r = runDemo(CORPUS_TEXT, smallConfig({ algorithms: ['diloco'], steps: 20, innerStepsPerSync: 5 }));
    const before = curveDigest(r);
    const point = r.runs[0]?.curve[1];
    if (!point) throw new Error('no curve');
    point.validationLoss = Math.fround(point.validationLoss) + 2 ** -20;
    expect(curveDigest(r)).not.toBe(before);
  });
});
