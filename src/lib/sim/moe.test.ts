import { describe, expect, it } from 'vitest';
import { gpuSpec } from './gpu';
import { expertAllToAll, paramsHeldPerGpu } from './moe';
import { moeSchema } from './moe-schema';
import { PARAMS } from './params';
import { analyticStep, parseStepConfig } from './step-checked';
import { type StepConfigInput, stepCosts } from './step-config';
import type { Transformer } from './transformer';
import { memoryPerGpu } from './transformer-checked';

const shape = { layers: 61, hidden: 7168, seqLen: 4096, globalBatchTokens: 64 * 64 * 4096 };
const moe = { experts: 256, activeExperts: 8, ep: 64 };
/** DeepSeek-V3-shaped: 2 sites × 4 stages × 64 data-parallel ranks per site, EP 64 inside an NVL72 rack. */
const config = (over: Partial<StepConfigInput> = {}, model: Partial<Transformer> = {}): StepConfigInput => ({
  model: { params: 671e9, activeParams: 37e9, ...shape, ...model },
  gpu: 'gb200',
  gpus: 4 * 128,
  layout: { tp: 1, pp: 4, dp: 128, interleave: 4 },
  sites: 2,
  wan: { distanceKm: 1000, bandwidthBytesPerS: 1.25e13 },
  moe,
  ...over,
});
const costs = (c: StepConfigInput) => stepCosts(parseStepConfig(c, 'test'));

describe('mixture-of-experts', () => {
  it('gradient bytes follow total parameters, FLOPs follow active ones', () => {
    const base = costs(config({ moe: { ...moe, ep: 1 } }));
    const twiceTotal = costs(config({ moe: { ...moe, ep: 1 } }, { params: 2 * 671e9 }));
    const twiceActive = costs(config({ moe: { ...moe, ep: 1 } }, { activeParams: 2 * 37e9 }));
    expect(twiceTotal.bucketWanBytes / base.bucketWanBytes).toBeCloseTo(2, 9);
    expect(twiceTotal.modelFlopPerStep).toBe(base.modelFlopPerStep);
    expect(twiceActive.bucketWanBytes).toBe(base.bucketWanBytes);
    expect(twiceActive.modelFlopPerStep / base.modelFlopPerStep).toBeGreaterThan(1.8);
  });

  it('expert parallelism splits the experts, not the shared part, and memory follows', () => {
    const model = { params: 671e9, activeParams: 37e9, ...shape };
    const m = moeSchema.parse(moe);
    const held = paramsHeldPerGpu(model, m, 1, 4);
    const shared = (671e9 - (671e9 - 37e9) / (1 - 8 / 256)) / 4;
    expect(held).toBeCloseTo(shared + (671e9 - 4 * shared) / (4 * 64), -3);
    expect(held).toBeLessThan(671e9 / 4 / 20);
    const memory = (ep: number) =>
      memoryPerGpu({ model, tp: 1, pp: 4, shardRanks: 64, microBatchTokens: 4096, moe: { ...moe, ep } }).weightsBytes;
    expect(memory(64) / memory(1)).toBeCloseTo(held / (671e9 / 4), 9);
  });

  it('keeps the all-to-all inside the scale-up domain when tp·ep fits it, and on the NICs when not', () => {
    const m = moeSchema.parse(moe);
    const gb200 = gpuSpec('gb200');
    const h100 = gpuSpec('h100');
    const inRack = expertAllToAll(m, 4096, 7168, 1, gb200);
    expect(inRack.inScaleUpDomain).toBe(true);
    expect(inRack.timeS).toBeCloseTo(
      PARAMS.scaleUpLatencyS + inRack.bytesPerGpu / (gb200.scaleUpBytesPerS * PARAMS.collectiveBusEfficiency),
      12,
    );
    expect(expertAllToAll(m, 4096, 7168, 2, gb200).inScaleUpDomain).toBe(false); // 2 × 64 > 72
    const acrossNodes = expertAllToAll(m, 4096, 7168, 1, h100);
    expect(acrossNodes.inScaleUpDomain).toBe(false);
    expect(acrossNodes.timeS / inRack.timeS).toBeGreaterThan(gb200.scaleUpBytesPerS / h100.scaleOutBytesPerS / 2);
    // Each token goes to k experts, all but 1/ep of them elsewhere: bf16 activations of `hidden`.
    expect(inRack.bytesPerGpu).toBeCloseTo((4096 * 8 * 7168 * 2 * 63) / 64, 0);
  });

  it('the all-to-all lengthens every chunk; without expert parallelism there is none', () => {
    const fwd = costs(config());
    const plainFwd = costs(config({ moe: { ...moe, ep: 1 } }));
    expect(fwd.forwardS).toBeGreaterThan(plainFwd.forwardS);
    expect(fwd.backwardS - fwd.backwardComputeS).toBeGreaterThan(plainFwd.backwardS - plainFwd.backwardComputeS);
    // ...and expert parallelism pays it back in gradient traffic: each GPU syncs only its experts.
    expect(fwd.bucketWanBytes).toBeLessThan(plainFwd.bucketWanBytes / 10);
    expect(analyticStep(config()).mfu).toBeGreaterThan(0);
    expect(plainFwd.forwardS).toBeCloseTo(costs(config({ moe: undefined })).forwardS, 12);
  });

  it('rejects expert parallelism that does not divide the data-parallel ranks of a site', () => {
    expect(() => costs(config({ moe: { ...moe, ep: 48 } }))).toThrow(/moe.ep/);
  });

  it('FP8 matmuls run at their own sourced speed-up; MFU stays counted against BF16 peak', () => {
    const bf16 = costs(config({ precision: 'bf16' }));
    const fp8 = costs(config({ precision: 'fp8' }));
    expect(bf16.forwardComputeS / fp8.forwardComputeS).toBeCloseTo(PARAMS.fp8MatmulSpeedup, 9);
    expect(fp8.peakFlopPerS).toBe(bf16.peakFlopPerS);
  });
});
