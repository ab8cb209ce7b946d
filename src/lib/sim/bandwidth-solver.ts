/**
 * "How much WAN bandwidth does this configuration need, at this distance, to lose less than X% of the
 * MFU it would reach at zero distance with unlimited bandwidth?" Solved by bisection on log(bandwidth)
 * with analyticStep. The widgets' utilisation view asks it.
 */
import { analyticStepUnchecked } from './step-analytic';
import { type StepConfigInput, WAN_BANDWIDTH_BYTES_PER_S } from './step-config';

export const MIN_WAN_BYTES_PER_S = WAN_BANDWIDTH_BYTES_PER_S.min;
/** The engine's largest bandwidth stands in for "unlimited". */
export const UNLIMITED_WAN_BYTES_PER_S = WAN_BANDWIDTH_BYTES_PER_S.max;

export interface BandwidthNeed {
  /** MFU at zero distance and unlimited bandwidth. */
  referenceMfu: number;
  /** MFU at this distance with unlimited bandwidth: what latency alone leaves. */
  mfuAtUnlimited: number;
  targetMfu: number;
  /** Smallest bandwidth reaching targetMfu (bytes/s per direction), or null when none does. */
  requiredBytesPerS: number | null;
}

function withWan(config: StepConfigInput, distanceKm: number, bandwidthBytesPerS: number): StepConfigInput {
  return { ...config, wan: { ...config.wan, distanceKm, bandwidthBytesPerS } };
}

/** For a config bounded at the edge; step-checked.ts parses it first. */
export function bandwidthForMfuLossUnchecked(
  config: StepConfigInput,
  distanceKm: number,
  maxLossFraction: number,
  opts: { iterations?: number; referenceMfu?: number } = {},
): BandwidthNeed {
  if (!(maxLossFraction > 0 && maxLossFraction < 1)) throw new RangeError('maxLossFraction must be in (0, 1)');
  const mfuAt = (km: number, bw: number) => analyticStepUnchecked(withWan(config, km, bw)).mfu;
  const referenceMfu = opts.referenceMfu ?? mfuAt(0, UNLIMITED_WAN_BYTES_PER_S);
  const targetMfu = (1 - maxLossFraction) * referenceMfu;
  const mfuAtUnlimited = mfuAt(distanceKm, UNLIMITED_WAN_BYTES_PER_S);
  if (mfuAtUnlimited < targetMfu) return { referenceMfu, mfuAtUnlimited, targetMfu, requiredBytesPerS: null };
  if (mfuAt(distanceKm, MIN_WAN_BYTES_PER_S) >= targetMfu)
    return { referenceMfu, mfuAtUnlimited, targetMfu, requiredBytesPerS: MIN_WAN_BYTES_PER_S };
  // MFU does not fall as bandwidth rises (more bandwidth never delays a transfer), so bisection holds.
  const meets = (bw: number) => mfuAt(distanceKm, bw) >= targetMfu;
  const requiredBytesPerS = logBandwidthBisection(
    meets,
    MIN_WAN_BYTES_PER_S,
    UNLIMITED_WAN_BYTES_PER_S,
    opts.iterations,
  );
  return { referenceMfu, mfuAtUnlimited, targetMfu, requiredBytesPerS };
}

/**
 * The smallest bandwidth in [lo, hi] where `meets` holds, by bisection on log(bandwidth); `meets` must
 * not turn false as bandwidth rises, and hold at hi. Shared by every "how much bandwidth for X" solver.
 */
export function logBandwidthBisection(meets: (bw: number) => boolean, lo: number, hi: number, iterations = 40): number {
  // exp(log(x)) can land a hair outside the bounds; clamp back in.
  const bwOf = (logBw: number) => Math.min(hi, Math.max(lo, Math.exp(logBw)));
  let a = Math.log(lo);
  let b = Math.log(hi);
  for (let i = 0; i < iterations; i++) {
    const mid = (a + b) / 2;
    if (meets(bwOf(mid))) b = mid;
    else a = mid;
  }
  return bwOf(b);
}
