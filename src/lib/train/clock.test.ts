import { describe, expect, it, vi } from 'vitest';
import * as wanSync from '../sim/wan-sync';
import { runDemo } from './demo';
import { CORPUS_TEXT, smallConfig } from './test-config';

// wan-sync.ts holds the engine's one sync cost (diloco.ts re-exports it) without zod, for the worker.
vi.mock('../sim/wan-sync', async (original) => {
  const actual = await original<typeof import('../sim/wan-sync')>();
  return { ...actual, wanSyncSeconds: vi.fn(actual.wanSyncSeconds) };
});

describe('the simulated clock', () => {
  it('charges every exchange what the engine’s wanSyncSeconds says, the function the Talking less widget uses', () => {
    const config = smallConfig({ algorithms: ['sync-dp', 'diloco'], steps: 20, innerStepsPerSync: 5 });
    const [dp, dl] = runDemo(CORPUS_TEXT, config).runs;
    const calls = vi.mocked(wanSync.wanSyncSeconds).mock;
    expect(calls.calls.length).toBe((dp?.syncs ?? 0) + (dl?.syncs ?? 0));
    const perSync = calls.results[0]?.value as number;
    expect(perSync).toBeGreaterThan(0);
    expect(calls.calls[0]?.[0]).toMatchObject({
      sites: config.sites,
      payloadBytes: 2 * config.clock.systemParams,
      wanBandwidthBytesPerS: config.clock.wanBandwidthBytesPerS,
      wanLatencyS: config.clock.wanLatencyS,
    });
    expect(dp?.timeS).toBeCloseTo(config.steps * (config.clock.innerStepS + perSync), 9);
    expect(dl?.timeS).toBeCloseTo(config.steps * config.clock.innerStepS + (config.steps / 5) * perSync, 9);
    expect(dl?.utilisation).toBeGreaterThan(dp?.utilisation ?? 1);
  });
});
