/**
 * Closed-form step time for sweeps, from the same costs as simulateStep. The 1F1B pipeline with
 * boundary delays delta_i runs p(f+b) + 2·Σdelta for the first chunk; each further chunk adds one
 * steady-state period max(f + b + max delta, WAN occupancy per chunk): in 1F1B the two stages beside
 * a boundary alternate forward and backward, so every two chunks wait one round trip over it. The gradient
 * buckets then flow through reduce-scatter, WAN and all-gather as a flow shop (makespan = sum of the
 * stage times + (buckets-1) × the slowest), bounded below by the WAN's total occupancy.
 */
import {
  parseStepConfig,
  type StepConfigInput,
  type StepCosts,
  type StepSummary,
  stepCosts,
  summarise,
} from './step-config';

export function analyticStep(input: StepConfigInput): StepSummary {
  const config = parseStepConfig(input, 'analyticStep');
  return analyticCosts(stepCosts(config));
}

export function analyticCosts(k: StepCosts): StepSummary {
  const c = k.config;
  const p = k.stages;
  const n = k.chunks;
  const f = k.forwardS;
  const b = k.backwardS;
  const wanP2pOcc = k.wanP2pBytes / k.wanBytesPerS;
  const delta = new Float64Array(p + 1);
  let sumDelta = 0;
  let maxOcc = 0;
  let maxDelta = 0;
  const wan = new Set(k.wanBoundaries);
  for (let i = 1; i < p; i++) {
    delta[i] = wan.has(i) ? wanP2pOcc + k.wanOneWayS : k.p2pS;
    sumDelta += delta[i] as number;
    maxDelta = Math.max(maxDelta, delta[i] as number);
    if (wan.has(i)) maxOcc = Math.max(maxOcc, wanP2pOcc);
  }
  const steadyPeriod = Math.max(f + b + maxDelta, maxOcc);
  // With fewer chunks than stages there is no steady state: chunks follow each other at f + b.
  const period = n >= p ? steadyPeriod : Math.max(f + b, maxOcc);
  // Warm-up forwards leave the stage before a WAN boundary every f; a slower link queues them.
  let fillQueueS = 0;
  for (const i of k.wanBoundaries)
    fillQueueS = Math.max(fillQueueS, (Math.min(p - i, n) - 1) * Math.max(0, wanP2pOcc - f));
  const stage0End = p * (f + b) + 2 * sumDelta + (n - 1) * period + fillQueueS;

  const nb = c.buckets;
  const v = c.layout.interleave;
  const window = Math.min(v, n) * b;
  const d = window / nb;
  const rs = k.bucketReduceScatterS;
  const ag = k.bucketAllGatherS;
  const occ = k.bucketWanBytes / k.wanBytesPerS;
  const lag = k.bucketWanBytes > 0 ? k.wanAllReduceLatencyS : 0;
  let end = 0;
  let lastStageEnd = stage0End;
  let firstRequest = Number.POSITIVE_INFINITY;
  for (let s = 0; s < p; s++) {
    if (s > 0) lastStageEnd -= b + (delta[s] as number);
    const release = lastStageEnd - window + d;
    firstRequest = Math.min(firstRequest, release + rs);
    const wanLast = release + rs + occ + lag + (nb - 1) * Math.max(d, rs, occ);
    const stageEnd =
      k.sharding === 'none'
        ? release + rs + occ + lag + ag + (nb - 1) * Math.max(d, rs, occ, ag) + k.optimizerS
        : wanLast + k.optimizerS + nb * ag;
    end = Math.max(end, stageEnd);
  }
  if (occ > 0) {
    // All stages share the WAN: it cannot finish before it has carried every bucket.
    const linkBound =
      firstRequest + p * nb * occ + lag + (k.sharding === 'none' ? ag + k.optimizerS : k.optimizerS + nb * ag);
    end = Math.max(end, linkBound);
  }
  const wanPipelineBytes = 2 * k.wanBoundaries.length * n * k.wanP2pBytes;
  const wanGradientBytes = c.sites * k.bucketWanBytes * nb * p;
  return summarise(k, end, wanPipelineBytes + wanGradientBytes);
}
