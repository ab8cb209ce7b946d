import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  flatRingAcrossSites,
  hierarchicalAllReduce,
  ringAllGather,
  ringAllReduce,
  ringReduceScatter,
  treeAllReduce,
} from './collectives';
import { SimInputError } from './errors';

const input = fc.record({
  ranks: fc.integer({ min: 1, max: 100_000 }),
  bytes: fc.double({ min: 0, max: 1e13, noNaN: true }),
  bandwidthBytesPerS: fc.double({ min: 1e6, max: 1e15, noNaN: true }),
  latencyS: fc.double({ min: 0, max: 0.1, noNaN: true }),
});

describe('collectives (alpha-beta)', () => {
  it('ring all-reduce is exactly 2(p-1)/p·S/B + 2(p-1)·alpha', () => {
    fc.assert(
      fc.property(input, (x) => {
        const p = x.ranks;
        const expected =
          p === 1 ? 0 : ((2 * (p - 1)) / p) * (x.bytes / x.bandwidthBytesPerS) + 2 * (p - 1) * x.latencyS;
        expect(Math.abs(ringAllReduce(x).timeS - expected)).toBeLessThanOrEqual(1e-12 * Math.max(1, expected));
      }),
    );
  });

  it('all-reduce = reduce-scatter + all-gather for the ring', () => {
    fc.assert(
      fc.property(input, (x) => {
        const sum = ringReduceScatter(x).timeS + ringAllGather(x).timeS;
        expect(Math.abs(ringAllReduce(x).timeS - sum)).toBeLessThanOrEqual(1e-12 * Math.max(1, sum));
      }),
    );
  });

  it('bytes sent equal bytes received, and ring and tree move the same bytes in total', () => {
    fc.assert(
      fc.property(input, (x) => {
        for (const c of [
          ringAllReduce(x),
          treeAllReduce(x),
          ringReduceScatter(x),
          hierarchicalAllReduce({
            sites: 2,
            ranksPerSite: x.ranks,
            bytes: x.bytes,
            intraBandwidthBytesPerS: x.bandwidthBytesPerS,
            intraLatencyS: x.latencyS,
            wanBandwidthBytesPerS: 1e12,
            wanLatencyS: 0.005,
          }),
        ]) {
          expect(c.totalBytesSent).toBe(c.totalBytesReceived);
          expect(Number.isFinite(c.timeS)).toBe(true);
        }
        const ring = ringAllReduce(x).totalBytesSent;
        expect(Math.abs(treeAllReduce(x).totalBytesSent - ring)).toBeLessThanOrEqual(1e-9 * Math.max(ring, 1));
      }),
    );
  });

  it('tree latency grows with log2(p), ring latency with p', () => {
    const x = { ranks: 16_384, bytes: 0, bandwidthBytesPerS: 1e9, latencyS: 5e-6 };
    expect(ringAllReduce(x).timeS).toBeCloseTo(2 * 16_383 * 5e-6, 9);
    expect(treeAllReduce(x).timeS).toBeCloseTo(2 * 14 * 5e-6, 9);
  });

  it('hierarchical all-reduce sends one gradient copy each way between two sites', () => {
    const h = hierarchicalAllReduce({
      sites: 2,
      ranksPerSite: 1000,
      bytes: 2e12,
      intraBandwidthBytesPerS: 5e10,
      intraLatencyS: 5e-6,
      wanBandwidthBytesPerS: 1.25e14,
      wanLatencyS: 0.0068,
    });
    expect(h.wanBytesPerSitePerDirection).toBe(2e12);
    // Issue 10 item 7: two sites swap directly, one one-way delay (the ring's 2(K-1) was the bug).
    expect(h.wanAllReduceS).toBeCloseTo(0.0068 + 2e12 / 1.25e14, 9);
    const flat = flatRingAcrossSites({
      sites: 2,
      ranksPerSite: 100_000,
      bytes: 1e6,
      intraBandwidthBytesPerS: 5e10,
      intraLatencyS: 5e-6,
      wanBandwidthBytesPerS: 1.25e14,
      wanLatencyS: 0.0054,
    });
    // Issue 10 item 6: a ring is pipelined, so the WAN delay counts per crossing (2 hops, 2 passes),
    // not per step; what grows is the 2(p-1) steps inside the sites (it was > 2000 s, the bug).
    expect(flat.wanHops).toBe(2);
    expect(flat.latencyTermS).toBeCloseTo(2 * (200_000 - 1) * 5e-6 + 4 * 0.0054, 9);
    expect(flat.bottleneckBytesPerS).toBe(5e10);
  });

  it('rejects invalid input with a SimInputError naming the field', () => {
    expect(() => ringAllReduce({ ranks: 0, bytes: 1, bandwidthBytesPerS: 1, latencyS: 0 })).toThrow(SimInputError);
    expect(() => ringAllReduce({ ranks: 4, bytes: Number.NaN, bandwidthBytesPerS: 1, latencyS: 0 })).toThrow(/bytes/);
    expect(() => ringAllReduce({ ranks: 4, bytes: 1, bandwidthBytesPerS: 1, latencyS: -1 })).toThrow(
      /latencyS.*\[0, 10\]/,
    );
  });
});
