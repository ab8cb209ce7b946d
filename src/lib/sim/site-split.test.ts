import { describe, expect, it } from 'vitest';
import { SimInputError } from './errors';
import { powerForGpus, siteCompute, siteSplit } from './index';
import { PARAMS } from './params';
import { simulateScenarioUnchecked } from './scenario';
import { analyticStepUnchecked } from './step-analytic';

const base = { scenario: 'fairwater-10t', gpu: 'gb200', itPowerMwPerSite: 300, sites: 2, tokens: 15e12 } as const;

describe('siteSplit: one site against N', () => {
  it('turns a site’s IT power into what power.ts’s siteCompute gives for its grid connection', () => {
    const r = siteSplit(base);
    const direct = siteCompute({ facilityPowerMw: 300 * PARAMS.pue, gpu: 'gb200' });
    expect(r.site.gpus).toBe(direct.gpus);
    expect(r.site.racks).toBe(direct.racks);
    expect(r.site.facilityPowerMw).toBeCloseTo(300 * PARAMS.pue, 9);
  });

  it('runs the preset’s own cluster on both sides, and its split side is simulateScenario’s step', () => {
    const r = siteSplit(base);
    expect(r.clusterGpus).toBe(simulateScenarioUnchecked('fairwater-10t').config.gpus);
    const config = simulateScenarioUnchecked('fairwater-10t').config;
    expect(r.split.step.stepTimeS).toBe(analyticStepUnchecked(config).stepTimeS);
    expect(r.split.perSite.gpus * 2).toBe(r.clusterGpus);
  });

  it('needs more sites as each gets less power, and splits the grid connection over them', () => {
    const big = siteSplit(base);
    const small = siteSplit({ ...base, itPowerMwPerSite: 50 });
    expect(small.sitesNeeded ?? 0).toBeGreaterThan(big.sitesNeeded ?? 0);
    expect(small.sitesNeeded).toBe(Math.ceil(small.clusterGpus / small.site.gpus));
    const whole = powerForGpus({ gpus: big.clusterGpus, gpu: 'gb200' }).facilityPowerMw;
    expect(big.mega.perSite.facilityPowerMw).toBeCloseTo(whole, 9);
    expect(big.split.perSite.facilityPowerMw).toBeLessThan(whole);
  });

  it('costs utilisation to cross a thin WAN, and days follow tokens over the batch times the step', () => {
    const thin = siteSplit(base);
    expect(thin.mfuLostToWan).toBeGreaterThan(0.01);
    expect(thin.split.days ?? 0).toBeGreaterThan(thin.mega.days ?? Number.POSITIVE_INFINITY);
    const { step } = thin.mega;
    expect(thin.mega.days).toBeCloseTo(((15e12 / step.tokensPerStep) * step.stepTimeS) / 86_400, 9);
    expect(siteSplit({ ...base, sites: 1 }).mfuLostToWan).toBe(0);
  });

  it('has no site to offer when one site holds not a rack, and refuses sites the replicas cannot divide over', () => {
    expect(siteSplit({ ...base, itPowerMwPerSite: 0.05 }).sitesNeeded).toBeNull();
    expect(() => siteSplit({ ...base, sites: 3 as 2 })).toThrow(SimInputError);
  });
});
