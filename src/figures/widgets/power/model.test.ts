import { describe, expect, it } from 'vitest';
import { SCENARIO_IDS } from '../../../lib/widgets/presets';
import { FORBIDDEN_ON_SCREEN } from '../../shared/text-summary';
import { powerWidget, renderWidgetModel } from '.';

describe('power widget model', () => {
  it('renders every preset with its own figures', () => {
    const seen = new Set<string>();
    for (const id of SCENARIO_IDS) {
      const out = renderWidgetModel(powerWidget.presetState(id));
      expect(out.html).not.toMatch(FORBIDDEN_ON_SCREEN);
      expect(out.summary).not.toMatch(FORBIDDEN_ON_SCREEN);
      console.log(out.summary);
      seen.add(out.summary);
    }
    expect(seen.size).toBe(SCENARIO_IDS.length);
  });
});
