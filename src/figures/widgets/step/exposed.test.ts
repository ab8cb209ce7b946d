import { describe, expect, it } from 'vitest';
import { exposedParts, exposedSentence } from './exposed';
import { renderStepWidget, stepRun } from './model';
import { stepUrl } from './state';

const seconds = (t: number) => `${t.toFixed(3)} s`;

describe('what the communication not hidden is made of', () => {
  it('splits the engine’s exposed time into parts that add up to it', () => {
    for (const cross of ['dp', 'pp'] as const) {
      for (const overlap of [true, false]) {
        const s = stepRun({ ...stepUrl.defaults(), cross, overlap }).result.summary;
        const p = exposedParts(s);
        expect(p.afterBackwardS).toBeGreaterThanOrEqual(0);
        expect(p.insidePassesS).toBeGreaterThanOrEqual(0);
        expect(p.afterBackwardS + p.insidePassesS).toBeCloseTo(s.exposedCommS, 12);
        expect(p.afterBackwardS).toBeLessThanOrEqual(s.exposedDataParallelS + 1e-12);
      }
    }
  });

  it('names the larger part first and only the WAN where it crosses', () => {
    const dp = exposedSentence({ afterBackwardS: 0.1, insidePassesS: 0.3 }, 'dp', seconds);
    expect(dp.indexOf('0.300 s')).toBeLessThan(dp.indexOf('0.100 s'));
    expect(dp).toContain('over the WAN)');
    const pp = exposedSentence({ afterBackwardS: 0.5, insidePassesS: 0.2 }, 'pp', seconds);
    expect(pp.indexOf('0.500 s')).toBeLessThan(pp.indexOf('0.200 s'));
    expect(pp).toContain('some of them over the WAN');
    expect(exposedSentence({ afterBackwardS: 0, insidePassesS: 0 }, 'dp', seconds)).toMatch(/hidden behind compute/);
  });

  it('is said beside the readout, in the widget’s own figures', () => {
    const html = renderStepWidget(stepUrl.defaults()).html;
    expect(html).toMatch(/data-out="exposed-parts">Of the communication not hidden, ~[\d.]+ m?s is /);
  });
});
