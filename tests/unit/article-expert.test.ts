/**
 * What an expert found missing (issue 16): mixture-of-experts across sites, the bandwidth-delay
 * product of one network card, and the pipeline cut between the sites, as the chapters print them.
 */
import { describe, expect, it } from 'vitest';
import { computeDerived } from '../../src/figures/chapters/derived';
import { siteNicBytesPerS } from '../../src/figures/chapters/derived/shared';
import * as sc from '../../src/figures/chapters/scenario';
import { figureMidpoint, lookupFigure } from '../../src/lib/data';
import { latencyOverDistance } from '../../src/lib/sim/link-latency';
import { expertParams } from '../../src/lib/sim/moe';
import { moeSchema } from '../../src/lib/sim/moe-schema';
import { transformerSchema } from '../../src/lib/sim/transformer-checked';

const num = (id: Parameters<typeof computeDerived>[0]) => {
  const v = computeDerived(id).value;
  if (typeof v !== 'number') throw new Error(`${id} is a range`);
  return v;
};

describe('mixture-of-experts across sites', () => {
  it('DeepSeek-V3 has many times more parameters to send than it computes with', () => {
    const total = figureMidpoint(lookupFigure('runs.deepseek-v3.params').figure);
    const active = figureMidpoint(lookupFigure('runs.deepseek-v3.activeParams').figure);
    expect(num('moeParamsOverActive')).toBeCloseTo(total / active, 6);
    expect(num('moeParamsOverActive')).toBeGreaterThan(10);
    expect(computeDerived('moeParamsOverActive').sources).toEqual(['deepseek-v3-2024']);
  });

  it('nearly all of its parameters sit in the experts; a dense model has none there', () => {
    expect(num('moeExpertSharePercent')).toBeGreaterThan(90);
    expect(num('moeExpertSharePercent')).toBeLessThan(100);
    const shape = { params: 4e11, layers: 126, hidden: 16384, seqLen: 8192, globalBatchTokens: 16e6 };
    const moe = moeSchema.parse({ experts: 256, activeExperts: 8 });
    expect(expertParams(transformerSchema.parse(shape), moe)).toBe(0);
  });

  it('the batch that hides the exchange grows by total over active parameters: the size no longer cancels', () => {
    const dense = computeDerived('criticalBatchTokensPerSite');
    const moe = computeDerived('moeCriticalBatchTokensPerSite');
    expect(moe.unit).toBe(dense.unit);
    expect((moe.value as number) / (dense.value as number)).toBeCloseTo(num('moeParamsOverActive'), 6);
  });
});

describe('the bandwidth-delay product of one network card', () => {
  it('is the site’s NIC rate times the routed round trip between the sites', () => {
    const roundTripS = (2 * latencyOverDistance(sc.distanceKm()).oneWayMs) / 1000;
    expect(num('flatRingBdpBytes')).toBeCloseTo(siteNicBytesPerS() * roundTripS, -3);
    expect(num('flatRingBdpBytes')).toBeGreaterThan(1e9);
  });
});

describe('the pipeline cut between the sites', () => {
  it('is slower than crossing with the data-parallel replicas, and sends more over the WAN', () => {
    expect(num('pipelineAcrossStepS')).toBeGreaterThan(num('twoSiteStepS'));
    expect(num('pipelineAcrossSlowdownPercent')).toBeGreaterThan(num('twoSiteSlowdownPercent'));
    expect(num('pipelineAcrossWanBytesPerStep')).toBeGreaterThan(0);
    expect(computeDerived('pipelineAcrossStepS').sources).toContain('bozkurt-fiber-latency-2018');
  });

  it('costs more than the same GPUs in one site', () => {
    const one = sc.scenarioStep(1, sc.wanBandwidth().value);
    const pp = sc.scenarioStep(2, sc.wanBandwidth().value, 'pipeline');
    expect(pp.stepTimeS).toBeGreaterThan(one.stepTimeS);
  });
});
