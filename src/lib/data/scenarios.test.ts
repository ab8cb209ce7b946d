import { describe, expect, it } from 'vitest';
import { checkScenarios, MENU_LABEL_MAX_CHARS, menuLabelOf, type Scenario, scenarios } from './scenarios';

describe('scenarios', () => {
  it('names every preset in a menu short enough not to be cut on a phone', () => {
    for (const s of scenarios) expect(menuLabelOf(s).length, s.id).toBeLessThanOrEqual(MENU_LABEL_MAX_CHARS);
  });

  it('loads, with a Fairwater-like preset whose WAN bandwidth is labelled as assumed', () => {
    const fairwater = scenarios.filter((s) => s.id.startsWith('fairwater'));
    expect(fairwater.length).toBeGreaterThanOrEqual(3);
    for (const s of fairwater) {
      expect(s.wanBandwidthBytesPerS.status).toBe('assumed');
      expect(s.model.params.status).toBe('assumed');
    }
  });

  it('rejects an unknown site or source', () => {
    const first = scenarios[0] as Scenario;
    expect(() => checkScenarios([{ ...first, siteA: 'atlantis' }])).toThrow(/unknown site "atlantis"/);
    expect(() => checkScenarios([first, first])).toThrow(/used twice/);
    expect(() =>
      checkScenarios([{ ...first, wanBandwidthBytesPerS: { ...first.wanBandwidthBytesPerS, source: 'nope' } }]),
    ).toThrow(/unknown source "nope"/);
  });
});
