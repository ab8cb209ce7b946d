/**
 * Collective costs under the alpha-beta model (Hockney 1994; Thakur, Rabenseifner & Gropp 2005).
 * `bytes` is the buffer each rank holds (for reduce-scatter and all-gather: the whole array, as in
 * nccl-tests); `bandwidthBytesPerS` is per rank, per direction; `latencyS` is one step's alpha.
 */
import { z } from 'zod';
import { halfCollectiveS, wanExchangeSteps } from './collective-terms';
import { bounded, boundedInt, parseInput } from './schemas';

export { halfCollectiveS, wanExchangeSteps };

export const collectiveInputSchema = z.object({
  ranks: boundedInt(1, 10_000_000),
  bytes: bounded(0, 1e16),
  bandwidthBytesPerS: bounded(1, 1e17),
  latencyS: bounded(0, 10),
});
export type CollectiveInput = z.input<typeof collectiveInputSchema>;

export interface CollectiveCost {
  timeS: number;
  latencyTermS: number;
  bandwidthTermS: number;
  /** Directed links the algorithm uses and the bytes each carries. */
  links: number;
  bytesPerLink: number;
  bytesSentPerRank: number;
  bytesReceivedPerRank: number;
  totalBytesSent: number;
  totalBytesReceived: number;
}

function cost(ranks: number, latencyTermS: number, bandwidthTermS: number, links: number, bytesPerLink: number) {
  const total = links * bytesPerLink;
  // Every byte one link carries leaves one rank and reaches another: sent and received balance.
  return {
    timeS: latencyTermS + bandwidthTermS,
    latencyTermS,
    bandwidthTermS,
    links,
    bytesPerLink,
    bytesSentPerRank: total / ranks,
    bytesReceivedPerRank: total / ranks,
    totalBytesSent: total,
    totalBytesReceived: total,
  };
}

/** Ring all-reduce: 2(p-1)·alpha + 2(p-1)/p · S/B. */
export function ringAllReduce(input: CollectiveInput): CollectiveCost {
  const {
    ranks: p,
    bytes: s,
    bandwidthBytesPerS: b,
    latencyS: a,
  } = parseInput(collectiveInputSchema, input, 'ringAllReduce');
  if (p === 1) return cost(1, 0, 0, 0, 0);
  const perLink = (2 * (p - 1) * s) / p;
  return cost(p, 2 * (p - 1) * a, perLink / b, p, perLink);
}

/** Pipelined double binary tree (NCCL "tree"): ~2·log2(p)·alpha + 2·S/B; same bytes as the ring overall. */
export function treeAllReduce(input: CollectiveInput): CollectiveCost {
  const {
    ranks: p,
    bytes: s,
    bandwidthBytesPerS: b,
    latencyS: a,
  } = parseInput(collectiveInputSchema, input, 'treeAllReduce');
  if (p === 1) return cost(1, 0, 0, 0, 0);
  // Two trees of p-1 edges each, both directions used; each tree moves S/2 up and S/2 down.
  const links = 4 * (p - 1);
  return cost(p, 2 * Math.ceil(Math.log2(p)) * a, (2 * s) / b, links, s / 2);
}

/** Ring reduce-scatter: (p-1)·alpha + (p-1)/p · S/B. */
export function ringReduceScatter(input: CollectiveInput): CollectiveCost {
  const {
    ranks: p,
    bytes: s,
    bandwidthBytesPerS: b,
    latencyS: a,
  } = parseInput(collectiveInputSchema, input, 'ringReduceScatter');
  if (p === 1) return cost(1, 0, 0, 0, 0);
  const perLink = ((p - 1) * s) / p;
  return cost(p, (p - 1) * a, perLink / b, p, perLink);
}

/** Ring all-gather: the mirror image of reduce-scatter, same cost. */
export function ringAllGather(input: CollectiveInput): CollectiveCost {
  const {
    ranks: p,
    bytes: s,
    bandwidthBytesPerS: b,
    latencyS: a,
  } = parseInput(collectiveInputSchema, input, 'ringAllGather');
  if (p === 1) return cost(1, 0, 0, 0, 0);
  const perLink = ((p - 1) * s) / p;
  return cost(p, (p - 1) * a, perLink / b, p, perLink);
}

export const hierarchicalInputSchema = z.object({
  sites: boundedInt(1, 64),
  ranksPerSite: boundedInt(1, 10_000_000),
  /** Gradient bytes each rank holds. */
  bytes: bounded(0, 1e16),
  intraBandwidthBytesPerS: bounded(1, 1e17),
  intraLatencyS: bounded(0, 10),
  /** WAN bandwidth available to this collective at each site, per direction. */
  wanBandwidthBytesPerS: bounded(1, 1e18),
  /** One-way WAN delay. */
  wanLatencyS: bounded(0, 10),
});
export type HierarchicalInput = z.input<typeof hierarchicalInputSchema>;

export interface HierarchicalCost {
  timeS: number;
  reduceScatterS: number;
  wanAllReduceS: number;
  allGatherS: number;
  /** Bytes each site sends over the WAN (and receives), per all-reduce: 2(K-1)/K · S. */
  wanBytesPerSitePerDirection: number;
  intraBytesPerRank: number;
  totalBytesSent: number;
  totalBytesReceived: number;
}

/**
 * Reduce-scatter inside each site, exchange of the slices across sites, all-gather inside. Between two
 * sites the exchange is a direct simultaneous swap (one one-way delay); from three up, a ring (2(K-1)).
 */
export function hierarchicalAllReduce(input: HierarchicalInput): HierarchicalCost {
  const x = parseInput(hierarchicalInputSchema, input, 'hierarchicalAllReduce');
  const g = x.ranksPerSite;
  const k = x.sites;
  const rs = g > 1 ? (g - 1) * x.intraLatencyS + ((g - 1) / g) * (x.bytes / x.intraBandwidthBytesPerS) : 0;
  const wanBytes = k > 1 ? (2 * (k - 1) * x.bytes) / k : 0;
  const wan = k > 1 ? wanExchangeSteps(k) * x.wanLatencyS + wanBytes / x.wanBandwidthBytesPerS : 0;
  const intraBytesPerRank = g > 1 ? (2 * (g - 1) * x.bytes) / g : 0;
  const total = k * (g * intraBytesPerRank + wanBytes);
  return {
    timeS: 2 * rs + wan,
    reduceScatterS: rs,
    wanAllReduceS: wan,
    allGatherS: rs,
    wanBytesPerSitePerDirection: wanBytes,
    intraBytesPerRank,
    totalBytesSent: total,
    totalBytesReceived: total,
  };
}

export interface FlatRingCost extends CollectiveCost {
  /** The ring's own per-step latency, 2(p-1) steps inside the sites, however far apart they are. */
  intraLatencyS: number;
  /** What the K WAN hops add: each is crossed once per pass, and the ring makes two passes. */
  wanLatencyS: number;
  /** Bytes in flight one WAN hop must hold to run at its bandwidth: bandwidth × round trip. */
  wanHopBandwidthDelayBytes: number;
  /** Bandwidth of the ring's slowest hop: one GPU's NIC pair on each WAN crossing. */
  bottleneckBytesPerS: number;
  /** How many of the ring's hops cross the WAN. */
  wanHops: number;
}

/**
 * Teaching contrast: one flat ring through every rank of every site. A ring is pipelined, so the WAN
 * delay is paid per crossing, not per step: only K of its p hops cross, each carried by one NIC pair.
 * What hurts is the 2(p-1) steps at p ranks and the whole gradient squeezed through those few pairs.
 */
export function flatRingAcrossSites(input: HierarchicalInput): FlatRingCost {
  const x = parseInput(hierarchicalInputSchema, input, 'flatRingAcrossSites');
  const p = x.sites * x.ranksPerSite;
  const wanHops = x.sites > 1 ? x.sites : 0;
  // A hop's rate is its sender's NIC; a WAN hop is one NIC pair, also capped by the WAN itself.
  const bottleneck =
    wanHops > 0 ? Math.min(x.intraBandwidthBytesPerS, x.wanBandwidthBytesPerS) : x.intraBandwidthBytesPerS;
  const ring = ringAllReduce({ ranks: p, bytes: x.bytes, bandwidthBytesPerS: bottleneck, latencyS: x.intraLatencyS });
  const wanLatencyS = 2 * wanHops * x.wanLatencyS;
  return {
    ...ring,
    timeS: ring.timeS + wanLatencyS,
    latencyTermS: ring.latencyTermS + wanLatencyS,
    intraLatencyS: ring.latencyTermS,
    wanLatencyS,
    wanHopBandwidthDelayBytes: wanHops > 0 ? bottleneck * 2 * x.wanLatencyS : 0,
    bottleneckBytesPerS: bottleneck,
    wanHops,
  };
}
