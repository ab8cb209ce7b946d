import { describe, expect, it, vi } from 'vitest';
import {
  bandwidthForUtilisationUnchecked,
  communicationReductionUnchecked,
  lowCommForStepUnchecked,
  withSitesLikeTheFirst,
} from './low-comm';
import { scenarioConfig } from './scenario';
import * as wanSync from './wan-sync';
import { innerStepSecondsUnchecked } from './wan-sync';

vi.mock('./wan-sync', async (original) => {
  const actual = await original<typeof import('./wan-sync')>();
  return { ...actual, wanSyncSeconds: vi.fn(actual.wanSyncSeconds) };
});

const step = scenarioConfig('worked-example', { distanceKm: 1000, bandwidthBytesPerS: 1.25e12 });
const streaming = {
  method: 'streaming-diloco',
  bytesPerValue: 0.5,
  innerStepsPerSync: 100,
  fragments: 8,
  overlapSteps: 1,
} as const;

describe('bandwidth for a compute utilisation under each schedule', () => {
  for (const method of ['data-parallel', 'diloco', 'streaming-diloco'] as const) {
    it(`${method}: the bandwidth found gives the utilisation asked for, and a little less gives less`, () => {
      const o = { ...streaming, method };
      for (const u of [0.5, 0.9, 0.99]) {
        const need = bandwidthForUtilisationUnchecked(step, o, u);
        expect(need).not.toBeNull();
        const at = (bw: number) =>
          lowCommForStepUnchecked(step, { ...o, wanBandwidthBytesPerS: bw }).computeUtilisation;
        expect(at(need as number)).toBeGreaterThanOrEqual(u - 1e-6);
        expect(at((need as number) * 0.98)).toBeLessThan(u);
      }
    });
  }

  it('streaming DiLoCo needs less than DiLoCo, which needs far less than data parallel', () => {
    const need = (method: 'data-parallel' | 'diloco' | 'streaming-diloco') =>
      bandwidthForUtilisationUnchecked(step, { ...streaming, method }, 0.9) as number;
    expect(need('streaming-diloco')).toBeLessThan(need('diloco'));
    expect(need('diloco') * 100).toBeLessThan(need('data-parallel'));
  });

  it('no bandwidth is enough when the delays alone exceed the budget', () => {
    const far = scenarioConfig('worked-example', { distanceKm: 5000, bandwidthBytesPerS: 1.25e12 });
    const tiny = { method: 'diloco', innerStepsPerSync: 1 } as const;
    expect(bandwidthForUtilisationUnchecked(withSitesLikeTheFirst(far, 16), tiny, 0.99)).toBeNull();
  });
});

describe('sites like the first', () => {
  it('keeps the inner step and grows the exchange with the sites', () => {
    const eight = withSitesLikeTheFirst(step, 8);
    expect(innerStepSecondsUnchecked(eight)).toBeCloseTo(innerStepSecondsUnchecked(step), 9);
    const o = { ...streaming, method: 'diloco', wanBandwidthBytesPerS: 1.25e10 } as const;
    expect(lowCommForStepUnchecked(eight, o).bytesPerSync).toBeGreaterThan(
      lowCommForStepUnchecked(step, o).bytesPerSync,
    );
  });
});

describe('the one sync cost', () => {
  it('every schedule’s exchange costs wanSyncSeconds, the function the training demo’s clock charges (clock.test.ts)', () => {
    const calls = vi.mocked(wanSync.wanSyncSeconds).mock.calls;
    const before = calls.length;
    lowCommForStepUnchecked(step, { ...streaming, wanBandwidthBytesPerS: 1.25e10 });
    expect(calls.length).toBe(before + 1);
    expect(calls.at(-1)?.[0]).toMatchObject({ sites: 2, payloadBytes: (step.model.params * 0.5) / 8 });
  });
});

describe('communication reduction', () => {
  it('is H in the same precision, and H times the bits ratio otherwise', () => {
    expect(communicationReductionUnchecked({ sites: 8, innerStepsPerSync: 500 })).toBeCloseTo(500, 9);
    expect(
      communicationReductionUnchecked({ sites: 2, innerStepsPerSync: 100, bitsPerValue: 4, baselineBitsPerValue: 16 }),
    ).toBeCloseTo(400, 9);
  });
});
