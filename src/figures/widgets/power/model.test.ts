import { describe, expect, it } from 'vitest';
import { SCENARIO_IDS } from '../../../lib/widgets/presets';
import { FORBIDDEN_ON_SCREEN } from '../../shared/text-summary';
import { powerWidget, renderWidgetModel } from '.';
import { powerRun } from './run';
import { withSite } from './state';

const state = (over = {}) => ({ ...powerWidget.url.defaults(), ...over });
const output = (s: ReturnType<typeof state>, key: string) =>
  renderWidgetModel(s).run.outputs.find((o) => o.key === key);

describe('power widget model', () => {
  it('renders every preset with its own figures', () => {
    const seen = new Set<string>();
    for (const id of SCENARIO_IDS) {
      const out = renderWidgetModel(powerWidget.presetState(id));
      expect(out.html).not.toMatch(FORBIDDEN_ON_SCREEN);
      expect(out.summary).not.toMatch(FORBIDDEN_ON_SCREEN);
      seen.add(out.summary);
    }
    expect(seen.size).toBe(SCENARIO_IDS.length);
  });

  it('labels a site’s GPUs with Epoch AI’s estimate as estimated, and the reader’s own power as theirs', () => {
    const gpus = output(state(), 'siteGpus');
    expect(gpus?.status).toBe('estimated');
    expect(gpus?.sources).toContain('epoch-fairwater-wisconsin');
    expect(output(state({ mw: 100 }), 'siteGpus')?.status).toBe('reader');
    // The PUE divides out of the racks: it weakens the grid connection only.
    expect(output(state({ pue: 1.5 }), 'siteGpus')?.status).toBe('estimated');
    expect(output(state({ pue: 1.5 }), 'siteFacilityPowerMw')?.status).toBe('reader');
  });

  it('reacts to its controls: less power per site needs more sites, a thin WAN over more sites costs utilisation', () => {
    const fairwater = powerWidget.presetState('fairwater-10t');
    const one = powerRun(fairwater).result.sitesNeeded ?? 0;
    expect(powerRun({ ...fairwater, mw: 50 }).result.sitesNeeded ?? 0).toBeGreaterThan(one);
    const two = powerRun(fairwater).result.mfuLostToWan;
    expect(powerRun({ ...fairwater, n: '8' }).result.mfuLostToWan).toBeGreaterThan(two);
    expect(powerRun({ ...fairwater, n: '1' }).result.mfuLostToWan).toBe(0);
  });

  it('choosing a site sets its IT power; a build time only where both dates are published', () => {
    const atlanta = withSite(state(), 'fairwater-atlanta');
    expect(atlanta.mw).not.toBe(state().mw);
    expect(powerRun(atlanta).readerSet.mw).toBe(false);
    expect(powerRun(state()).build).toMatchObject({ started: '2023', finished: '2026-06-23', years: 3 });
    expect(powerRun(atlanta).build).toBeNull();
    expect(renderWidgetModel(atlanta).html).toContain('not published; none estimated');
  });

  it('shows no time to train where the preset’s layout does not fit the system, and says why', () => {
    const out = renderWidgetModel(state({ gpu: 'v100' }));
    expect(out.html).toContain('data-out="no-days"');
    expect(out.html).not.toMatch(FORBIDDEN_ON_SCREEN);
  });
});
