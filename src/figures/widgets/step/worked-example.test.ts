import { describe, expect, it } from 'vitest';
import { derived } from '../../chapters/derived';
import { renderStepWidget, stepRun } from './model';
import { stepPresetState, stepUrl } from './state';

// Chapter 5 prints the worked example's step beside this widget: both must be the same engine run.
describe('the step widget by default is the worked example of chapter 5', () => {
  const run = stepRun(stepUrl.defaults());

  it('opens on the worked-example preset', () => {
    expect(run.preset.id).toBe('worked-example');
  });

  it('shows the step time the chapter prints', () => {
    const chapter = derived('twoSiteStepS').value;
    expect(typeof chapter).toBe('number');
    expect(run.result.summary.stepTimeS).toBeCloseTo(chapter as number, 9);
  });

  it('shows the WAN bytes per step the chapter prints', () => {
    expect(run.result.summary.wanBytes).toBeCloseTo(derived('wanBytesPerStep').value as number, 0);
  });
});

describe('a widget on another preset says so in one line', () => {
  it('names the preset it shows instead of the worked example, and says nothing on the worked example', () => {
    expect(renderStepWidget(stepUrl.defaults()).html).not.toContain('data-out="other-case"');
    const other = stepPresetState('fairwater-100t');
    const html = renderStepWidget(other).html;
    expect(html).toMatch(/data-out="other-case">This shows Fairwater-like, 100 Tbit\/s WAN, not the worked example\.</);
  });
});
