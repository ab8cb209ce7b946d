import { describe, expect, it } from 'vitest';
import { SCENARIO_IDS, type ScenarioOverrides, scenarioConfig } from './scenario';
import { analyticStepUnchecked } from './step-analytic';
import { analyticStep, parseStepConfig, simulateStep } from './step-checked';
import { withStepDefaults } from './step-config';
import { simulateStepUnchecked } from './step-sim';

// Every setting a widget can give a preset: what crosses the WAN, the overlap, one site or two.
const OVERRIDES: ScenarioOverrides[] = [
  {},
  { crossing: 'pipeline' },
  { overlap: false },
  { sites: 1 },
  { distanceKm: 5000, bandwidthBytesPerS: 1.25e9 },
];

describe('the unchecked entry points (what workers run)', () => {
  it('get configs the checked parse accepts, with the same defaults filled in', () => {
    for (const id of SCENARIO_IDS)
      for (const o of OVERRIDES) {
        const config = scenarioConfig(id, o);
        expect(withStepDefaults(config), `${id} ${JSON.stringify(o)}`).toEqual(parseStepConfig(config, 'test'));
      }
  });

  // The timeline comparison is the slow part: every preset once, the pipeline crossing for the first.
  it('compute exactly what the checked functions compute', { timeout: 30_000 }, () => {
    for (const id of SCENARIO_IDS)
      for (const o of OVERRIDES) {
        const config = scenarioConfig(id, o);
        expect(analyticStepUnchecked(config)).toEqual(analyticStep(config));
        if (o === OVERRIDES[0] || (o === OVERRIDES[1] && id === SCENARIO_IDS[0]))
          expect(simulateStepUnchecked(config)).toEqual(simulateStep(config));
      }
  });

  it('leave checking to the checked functions, which still refuse bad input', () => {
    const config = scenarioConfig(SCENARIO_IDS[0], { distanceKm: -1 });
    expect(() => simulateStep(config)).toThrow(/wan\.distanceKm/);
  });
});
