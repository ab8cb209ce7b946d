import { describe, expect, it } from 'vitest';
import { readLocation } from '../data/provenance';
import { sites } from '../payload';
import { lowCommForStep } from './diloco';
import { SimInputError } from './errors';
import { greatCircleKmUnchecked } from './geo';
import { scenarioConfig, simulateScenarioUnchecked } from './scenario';
import { ringLinks, superfactoryBuildUnchecked } from './superfactory-build';
import { superfactoryBuild } from './superfactory-build-checked';

const at = (id: string) => readLocation((sites.find((s) => s.id === id) as (typeof sites)[number]).location);
const W = at('fairwater-wisconsin');
const A = at('fairwater-atlanta');
const T = at('stargate-abilene');
const link = (tbit: number, routeFactor = 1.5) => ({ routeFactor, bandwidthBytesPerS: (tbit * 1e12) / 8 });
const base = {
  scenarioId: 'worked-example',
  crossing: 'data-parallel' as const,
  innerStepsPerSync: 100,
  tokens: 15.6e12,
};

describe('superfactoryBuild', () => {
  it('joins K sites in a ring: one link for two, K links for more', () => {
    expect(ringLinks(1)).toEqual([]);
    expect(ringLinks(2)).toEqual([[0, 1]]);
    expect(ringLinks(3)).toEqual([
      [0, 1],
      [1, 2],
      [2, 0],
    ]);
  });

  it('measures each link on the great circle, times its route factor', () => {
    const r = superfactoryBuild({ ...base, sites: [W, A], links: [link(10, 1.4)] });
    expect(r.links[0]?.greatCircleKm).toBeCloseTo(greatCircleKmUnchecked(W, A), 6);
    expect(r.links[0]?.routeKm).toBeCloseTo(1.4 * greatCircleKmUnchecked(W, A), 6);
  });

  it('runs the ring at its slowest link and its longest delay', () => {
    const r = superfactoryBuild({ ...base, sites: [W, A, T], links: [link(100), link(5), link(100)] });
    expect(r.ring.slowestLink).toBe(1);
    expect(r.ring.bandwidthBytesPerS).toBe(link(5).bandwidthBytesPerS);
    const longest = Math.max(...r.links.map((l) => l.oneWayS));
    expect(r.ring.oneWayS).toBe(longest);
    // Slowing the one slow link further slows the whole build; speeding the others does nothing.
    const slower = superfactoryBuild({ ...base, sites: [W, A, T], links: [link(100), link(1), link(100)] });
    const faster = superfactoryBuild({ ...base, sites: [W, A, T], links: [link(1000), link(5), link(1000)] });
    expect(slower.build.times?.stepS).toBeGreaterThan(r.build.times?.stepS ?? Number.POSITIVE_INFINITY);
    expect(faster.build.times?.stepS).toBeCloseTo(r.build.times?.stepS ?? 0, 9);
  });

  it('reproduces the talking-less schedule for two sites (one engine, not a second one)', () => {
    const sitesAB = [W, A];
    for (const method of ['data-parallel', 'diloco'] as const) {
      const r = superfactoryBuild({ ...base, crossing: method, sites: sitesAB, links: [link(10)] });
      const cfg = scenarioConfig('worked-example', {
        distanceKm: r.ring.distanceKm,
        bandwidthBytesPerS: link(10).bandwidthBytesPerS,
      });
      const cost = lowCommForStep(
        { ...cfg, wan: { ...cfg.wan, routeFactor: 1.5 } },
        { method, innerStepsPerSync: 100, wanBandwidthBytesPerS: link(10).bandwidthBytesPerS },
      );
      expect(r.build.times?.wanAverageBytesPerS).toBeCloseTo(cost.averageBandwidthBytesPerS, 0);
      const one = simulateScenarioUnchecked('worked-example', { sites: 1 }).summary;
      // Utilisation over the run is the one-site MFU times the schedule's compute share, to the inner step's difference.
      expect(r.build.times?.mfu).toBeLessThanOrEqual(one.mfu * 1.05);
    }
  });

  it('talks less with DiLoCo: more inner steps per sync, less WAN traffic and a later pulse', () => {
    const run = (h: number) =>
      superfactoryBuild({ ...base, crossing: 'diloco', innerStepsPerSync: h, sites: [W, A], links: [link(1)] }).build
        .times;
    const dp = superfactoryBuild({ ...base, sites: [W, A], links: [link(1)] }).build.times;
    const h10 = run(10);
    const h100 = run(100);
    expect(h100?.wanAverageBytesPerS).toBeLessThan(h10?.wanAverageBytesPerS ?? 0);
    expect(h10?.wanAverageBytesPerS).toBeLessThan(dp?.wanAverageBytesPerS ?? 0);
    expect(h100?.syncEveryS).toBeGreaterThan(h10?.syncEveryS ?? Number.POSITIVE_INFINITY);
    expect(h100?.trainingS).toBeLessThan(dp?.trainingS ?? 0);
  });

  it('sets the split against the same GPUs and power in one site', () => {
    const r = superfactoryBuild({ ...base, sites: [W, A], links: [link(1)] });
    expect(r.build.gpus).toBe(r.oneSite.gpus);
    expect(r.build.facilityPowerMw).toBeCloseTo(r.oneSite.facilityPowerMw ?? 0, 9);
    expect(r.build.gridPerSiteMw).toBeCloseTo((r.oneSite.facilityPowerMw ?? 0) / 2, 9);
    expect(r.oneSite.times?.wanAverageBytesPerS).toBe(0);
    // At 1 Tbit/s the WAN costs time; energy follows time at the same power.
    const b = r.build.times;
    const o = r.oneSite.times;
    expect(b?.trainingS).toBeGreaterThan(o?.trainingS ?? 0);
    expect((b?.energyMWh ?? 0) / (o?.energyMWh ?? 1)).toBeCloseTo((b?.trainingS ?? 0) / (o?.trainingS ?? 1), 9);
    // Time to train is tokens over tokens per step, times the step.
    expect(o?.trainingS).toBeCloseTo(
      (15.6e12 / simulateScenarioUnchecked('worked-example', { sites: 1 }).summary.tokensPerStep) * (o?.stepS ?? 0),
      3,
    );
  });

  it('cannot time a pipeline whose stages do not split over the sites, and says why', () => {
    const r = superfactoryBuild({
      ...base,
      crossing: 'pipeline',
      sites: [W, A, T],
      links: [link(10), link(10), link(10)],
    });
    expect(r.build.times).toBeNull();
    expect(r.build.problem).toMatch(/do not split evenly over 3 sites/);
    const two = superfactoryBuild({ ...base, crossing: 'pipeline', sites: [W, A], links: [link(10)] });
    expect(two.build.times?.stepS).toBeGreaterThan(0);
    expect(two.build.times?.wanAverageBytesPerS).toBeGreaterThan(0);
  });

  it('refuses nine sites and a link count that does not match the ring', () => {
    expect(() => superfactoryBuild({ ...base, sites: Array(9).fill(W), links: Array(9).fill(link(1)) })).toThrow(
      SimInputError,
    );
    expect(() => superfactoryBuild({ ...base, sites: [W, A, T], links: [link(1)] })).toThrow(SimInputError);
    expect(superfactoryBuildUnchecked({ ...base, sites: [W], links: [] }).build.sites).toBe(1);
  });
});
