import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyticStep, bandwidthForMfuLoss, UNLIMITED_WAN_BYTES_PER_S } from '../sim';
import { scenarioById, scenarioStepConfig } from './presets';

const config = scenarioStepConfig(scenarioById('fairwater-100t'), { distanceKm: 0, bandwidthBytesPerS: 1e13 });
const mfu = (km: number, bw: number) =>
  analyticStep({ ...config, wan: { distanceKm: km, bandwidthBytesPerS: bw } }).mfu;

describe('bandwidthForMfuLoss', () => {
  it('finds the smallest bandwidth meeting the target, and a little less misses it', () => {
    const need = bandwidthForMfuLoss(config, 1068, 0.05);
    expect(need.requiredBytesPerS).not.toBeNull();
    const bw = need.requiredBytesPerS as number;
    expect(mfu(1068, bw)).toBeGreaterThanOrEqual(need.targetMfu);
    expect(mfu(1068, bw * 0.99)).toBeLessThan(need.targetMfu);
    expect(need.targetMfu).toBeCloseTo(0.95 * mfu(0, UNLIMITED_WAN_BYTES_PER_S), 12);
  });

  it('needs more bandwidth for a stricter target', () => {
    const loose = bandwidthForMfuLoss(config, 1068, 0.2).requiredBytesPerS as number;
    const strict = bandwidthForMfuLoss(config, 1068, 0.01).requiredBytesPerS as number;
    expect(strict).toBeGreaterThan(loose);
  });

  it('answers null when latency alone loses more than allowed', () => {
    const pipeline = scenarioStepConfig(scenarioById('fairwater-100t'), {
      distanceKm: 0,
      bandwidthBytesPerS: 1e13,
      crossing: 'pipeline',
    });
    const need = bandwidthForMfuLoss(pipeline, 5000, 0.01);
    expect(need.mfuAtUnlimited).toBeLessThan(need.targetMfu);
    expect(need.requiredBytesPerS).toBeNull();
  });

  it('MFU never falls when bandwidth rises (what bisection relies on)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 5000, noNaN: true }),
        fc.double({ min: 9, max: 15.9, noNaN: true }),
        fc.double({ min: 1.01, max: 100, noNaN: true }),
        (km, logBw, factor) => mfu(km, 10 ** logBw * factor) >= mfu(km, 10 ** logBw) - 1e-12,
      ),
      { seed: 7, numRuns: 200 },
    );
  });

  it('rejects a loss outside (0, 1)', () => {
    expect(() => bandwidthForMfuLoss(config, 0, 0)).toThrow(RangeError);
    expect(() => bandwidthForMfuLoss(config, 0, 1)).toThrow(RangeError);
  });
});
