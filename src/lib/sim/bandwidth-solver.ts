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
  let lo = Math.log(MIN_WAN_BYTES_PER_S);
  let hi = Math.log(UNLIMITED_WAN_BYTES_PER_S);
  // exp(log(x)) can land a hair outside the engine's bounds; clamp back in.
  const bwOf = (logBw: number) => Math.min(UNLIMITED_WAN_BYTES_PER_S, Math.max(MIN_WAN_BYTES_PER_S, Math.exp(logBw)));
  const iterations = opts.iterations ?? 40;
  for (let i = 0; i < iterations; i++) {
    const mid = (lo + hi) / 2;
    if (mfuAt(distanceKm, bwOf(mid)) >= targetMfu) hi = mid;
    else lo = mid;
  }
  return { referenceMfu, mfuAtUnlimited, targetMfu, requiredBytesPerS: bwOf(hi) };
}
