/** The collective terms the step model composes (no input parsing: callers hold checked configs). */

/**
 * Internal fast path for the step model: bandwidth-optimal reduce-scatter/all-gather whose latency is
 * the smaller of the ring's (p-1) steps and recursive halving's log2(p) steps, as NCCL/MPI pick by size.
 */
export function halfCollectiveS(p: number, bytes: number, bandwidthBytesPerS: number, latencyS: number): number {
  if (p <= 1) return 0;
  const steps = Math.min(p - 1, Math.ceil(Math.log2(p)));
  return steps * latencyS + ((p - 1) / p) * (bytes / bandwidthBytesPerS);
}

/** Sequential WAN delays of one exchange between K sites: two sites swap directly, more run a ring. */
export function wanExchangeSteps(sites: number): number {
  return sites <= 1 ? 0 : sites === 2 ? 1 : 2 * (sites - 1);
}
