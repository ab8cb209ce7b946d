import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyticStep, simulateStep } from './step-checked';
import type { StepConfigInput } from './step-config';

const models = [
  { params: 8e9, layers: 32, hidden: 4096, seqLen: 8192 },
  { params: 70e9, layers: 80, hidden: 8192, seqLen: 4096 },
  { params: 405e9, layers: 126, hidden: 16384, seqLen: 8192 },
];

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** Valid configurations: 1–4 sites, 0–5,000 km, 1 Gbit/s – 10 Pbit/s, layouts that divide the GPUs. */
const configArb = fc
  .record({
    model: fc.constantFrom(0, 1, 2),
    gpu: fc.constantFrom('h100', 'gb200'),
    tp: fc.constantFrom(1, 2, 4, 8, 16),
    ppPerSite: fc.constantFrom(1, 2, 3, 4, 8),
    dpPerSite: fc.integer({ min: 1, max: 64 }),
    sites: fc.integer({ min: 1, max: 4 }),
    crossing: fc.constantFrom('data-parallel' as const, 'pipeline' as const),
    distanceKm: fc.integer({ min: 0, max: 5000 }),
    log10BitsPerS: fc.integer({ min: 900, max: 1600 }).map((x) => x / 100),
    microBatches: fc.integer({ min: 1, max: 64 }),
    microBatchSequences: fc.integer({ min: 1, max: 4 }),
    sharding: fc.constantFrom('none' as const, 'zero1' as const, 'zero2' as const, 'zero3' as const),
    recompute: fc.boolean(),
    overlap: fc.boolean(),
    buckets: fc.integer({ min: 2, max: 32 }),
    interleave: fc.constantFrom(1, 2, 4),
    // Mixture-of-experts (0: dense): expert parallelism up to 64 ranks, a divisor of dp per site.
    moeEp: fc.constantFrom(0, 0, 1, 2, 8, 64),
    fp8: fc.boolean(),
  })
  .map((x): StepConfigInput => {
    const m = models[x.model] as (typeof models)[number];
    const pp = x.crossing === 'pipeline' ? x.ppPerSite * x.sites : x.ppPerSite;
    const dp = x.crossing === 'data-parallel' ? x.dpPerSite * x.sites : x.dpPerSite;
    return {
      model: { ...m, globalBatchTokens: x.microBatches * x.microBatchSequences * dp * m.seqLen },
      gpu: x.gpu,
      gpus: x.tp * pp * dp,
      layout: { tp: x.tp, pp, dp, interleave: x.interleave },
      microBatchSequences: x.microBatchSequences,
      sites: x.sites,
      crossing: x.crossing,
      wan: { distanceKm: x.distanceKm, bandwidthBytesPerS: 10 ** x.log10BitsPerS / 8 },
      sharding: x.sharding,
      recompute: x.recompute,
      // Overlap off: one bucket, so the gradient sync starts only when the backward pass is over.
      buckets: x.overlap ? x.buckets : 1,
      precision: x.fp8 ? 'fp8' : 'bf16',
      ...(x.moeEp
        ? {
            model: {
              ...m,
              activeParams: m.params / 8,
              globalBatchTokens: x.microBatches * x.microBatchSequences * dp * m.seqLen,
            },
            moe: { experts: 128, activeExperts: 8, ep: gcd(x.moeEp, x.dpPerSite) },
          }
        : {}),
    };
  });

describe('analyticStep', () => {
  it('is within 2% of simulateStep on step time and MFU over random valid configurations', () => {
    fc.assert(
      fc.property(configArb, (cfg) => {
        const sim = simulateStep(cfg).summary;
        const fast = analyticStep(cfg);
        expect(Math.abs(fast.stepTimeS - sim.stepTimeS) / sim.stepTimeS).toBeLessThanOrEqual(0.02);
        expect(Math.abs(fast.mfu - sim.mfu) / sim.mfu).toBeLessThanOrEqual(0.02);
        expect(fast.wanBytes).toBeCloseTo(sim.wanBytes, 0);
      }),
      { numRuns: 400, seed: 20_261_125 },
    );
  });

  it('follows the link when a slow WAN is the pipeline bottleneck (one stage per site)', () => {
    // Four sites in a line, one stage each, 1 Gbit/s: each chunk's round trip crosses three WAN links.
    const cfg: StepConfigInput = {
      model: { params: 70e9, layers: 80, hidden: 8192, seqLen: 4096, globalBatchTokens: 48 * 8 * 4096 },
      gpu: 'h100',
      gpus: 8 * 4 * 8,
      layout: { tp: 8, pp: 4, dp: 8 },
      sites: 4,
      crossing: 'pipeline',
      wan: { distanceKm: 1000, bandwidthBytesPerS: 1.25e8 },
    };
    const sim = simulateStep(cfg).summary.stepTimeS;
    expect(Math.abs(analyticStep(cfg).stepTimeS / sim - 1)).toBeLessThanOrEqual(0.02);
  });
});
