import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SimInputError } from './errors';
import { rangeOf } from './schemas';
import { analyticStep, simulateStep, stepConfigSchema } from './step-checked';
import type { StepConfigInput } from './step-config';

const base: StepConfigInput = {
  model: { params: 405e9, layers: 126, hidden: 16384, seqLen: 8192, globalBatchTokens: 16 * 1024 * 1024 },
  gpu: 'h100',
  gpus: 16384,
  layout: { tp: 8, pp: 16, dp: 128 },
};

const configArb = fc
  .record({
    tp: fc.constantFrom(1, 2, 4, 8),
    pp: fc.constantFrom(1, 2, 4, 8, 16),
    dpPerSite: fc.integer({ min: 1, max: 64 }),
    sites: fc.constantFrom(1, 2),
    crossing: fc.constantFrom('data-parallel', 'pipeline'),
    distanceKm: fc.double({ min: 0, max: 5000, noNaN: true }),
    bandwidthBytesPerS: fc.double({ min: 1e11, max: 1e15, noNaN: true }),
    batchSeqs: fc.integer({ min: 1, max: 2048 }),
    sharding: fc.constantFrom('none', 'zero1', 'zero2', 'zero3'),
    recompute: fc.boolean(),
    buckets: fc.integer({ min: 1, max: 16 }),
    interleave: fc.constantFrom(1, 2),
  })
  .filter((x) => x.crossing === 'data-parallel' || x.pp % x.sites === 0)
  .map((x): StepConfigInput => {
    const dp = x.crossing === 'data-parallel' ? x.dpPerSite * x.sites : x.dpPerSite;
    return {
      model: { params: 70e9, layers: 80, hidden: 8192, seqLen: 4096, globalBatchTokens: x.batchSeqs * 4096 },
      gpu: 'h100',
      gpus: x.tp * x.pp * dp,
      layout: { tp: x.tp, pp: x.pp, dp, interleave: x.interleave },
      sites: x.sites,
      crossing: x.crossing as 'data-parallel' | 'pipeline',
      wan: { distanceKm: x.distanceKm, bandwidthBytesPerS: x.bandwidthBytesPerS },
      sharding: x.sharding as 'none',
      recompute: x.recompute,
      buckets: x.buckets,
    };
  });

describe('simulateStep', () => {
  it('pipeline bubble is (p-1)/(m+p-1) of the pipeline phase, measured from the timeline', () => {
    for (const [pp, m] of [
      [4, 8],
      [16, 16],
      [8, 3],
    ] as const) {
      // A narrow model with many parameters: boundary transfers are microseconds, compute is seconds.
      const cfg: StepConfigInput = {
        model: { params: 1e12, layers: 64, hidden: 64, seqLen: 4096, globalBatchTokens: m * 4096 },
        gpu: 'h100',
        gpus: pp,
        layout: { tp: 1, pp, dp: 1 },
        buckets: 1,
      };
      const r = simulateStep(cfg);
      // Stage 1 finishes last; its idle time over the pipeline phase is the bubble.
      for (const row of r.rows.slice(0, 1)) {
        const work = row.items.filter((i) => i.kind === 'forward' || i.kind === 'backward');
        const end = work.at(-1)?.end ?? 0;
        const idle = end - work.reduce((t, i) => t + i.end - i.start, 0);
        expect(Math.abs(idle / end - (pp - 1) / (m + pp - 1))).toBeLessThan(1e-4);
      }
      expect(r.summary.bubbleFraction).toBeCloseTo((pp - 1) / (m + pp - 1), 12);
    }
  });

  it('returns one row per (site, stage) and one per WAN link, with drawable items', () => {
    const r = simulateStep({ ...base, sites: 2, wan: { distanceKm: 1000, bandwidthBytesPerS: 1.25e13 } });
    expect(r.rows.filter((x) => x.kind === 'stage')).toHaveLength(2 * 16);
    expect(r.rows.filter((x) => x.kind === 'link')).toHaveLength(1);
    for (const row of r.rows) for (const i of row.items) expect(i.end).toBeGreaterThanOrEqual(i.start);
    expect(r.summary.wanBytes).toBeGreaterThan(0);
  });

  it('never gets faster when the sites move apart or the WAN narrows; never NaN', () => {
    fc.assert(
      fc.property(
        configArb,
        fc.double({ min: 0, max: 5000, noNaN: true }),
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        (cfg, extraKm, shrink) => {
          const a = simulateStep(cfg).summary;
          const wan = cfg.wan as { distanceKm: number; bandwidthBytesPerS: number };
          const far = simulateStep({
            ...cfg,
            wan: { ...wan, distanceKm: Math.min(20_000, wan.distanceKm + extraKm) },
          }).summary;
          const thin = simulateStep({
            ...cfg,
            wan: { ...wan, bandwidthBytesPerS: wan.bandwidthBytesPerS * shrink },
          }).summary;
          for (const s of [a, far, thin])
            for (const v of Object.values(s)) {
              // The verdicts (fits, schedulable, why not) sit beside the numbers, which must all be finite.
              if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
              else expect(['boolean', 'string'].includes(typeof v) || v === null).toBe(true);
            }
          expect(far.stepTimeS).toBeGreaterThanOrEqual(a.stepTimeS - 1e-9);
          expect(thin.stepTimeS).toBeGreaterThanOrEqual(a.stepTimeS - 1e-9);
          expect(a.mfu).toBeGreaterThan(0);
          expect(a.mfu).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('rejects invalid configurations naming the field and range', () => {
    expect(() => simulateStep({ ...base, gpus: 0 })).toThrow(SimInputError);
    expect(() => simulateStep({ ...base, layout: { tp: 8, pp: 16, dp: 100 } })).toThrow(/layout/);
    expect(() => simulateStep({ ...base, layout: { tp: 3, pp: 16, dp: 128 }, gpus: 3 * 16 * 128 })).toThrow(
      /layout.tp/,
    );
    expect(() => simulateStep({ ...base, gpu: 'z9000' })).toThrow(/gpu/);
    expect(() => simulateStep({ ...base, wan: { distanceKm: -5 } })).toThrow(/wan.distanceKm.*\[0, 20000\]/);
    expect(() => simulateStep({ ...base, sites: 3 })).toThrow(/layout.dp/);
    expect(() => analyticStep({ ...base, model: { ...base.model, params: Number.NaN } })).toThrow(/model.params/);
    expect(rangeOf(stepConfigSchema, 'wan.distanceKm')).toEqual({ min: 0, max: 20_000 });
  });
});
