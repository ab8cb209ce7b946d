/**
 * One training step's configuration (shared by simulateStep and analyticStep) and the per-operation
 * costs both derive from it. Costs are per group of identical ranks, so nothing here grows with the
 * GPU count.
 */
import { halfCollectiveS, wanExchangeSteps } from './collective-terms';
import { defaultRouteFactor, fiberLatencyMsUnchecked } from './geo';
import { gpuSpec } from './gpu';
import { expertAllToAllPerChunkS, paramsHeldPerGpu } from './moe';
import { matmulEfficiency, PARAMS } from './params';
import type { StepConfig, StepConfigInput } from './step-checked';
import { activeParamsOf, type MemoryPerGpu, memoryPerGpuUnchecked, type Sharding } from './transformer';

export type { Layout, StepConfig, StepConfigInput } from './step-checked';

/** Input bounds the browser needs as plain numbers; step-checked.ts builds its schema from them. */
export const WAN_BANDWIDTH_BYTES_PER_S = { min: 1e6, max: 1e18 } as const;

/**
 * What an omitted field of a step config means: the schema's defaults, and withStepDefaults's. The
 * route factor and wire bytes are sourced figures, read when used (getters) so a tracker sees them.
 */
export const STEP_DEFAULTS = {
  interleave: 1,
  distanceKm: 0,
  get routeFactor(): number {
    return defaultRouteFactor();
  },
  bandwidthBytesPerS: 1.25e14,
  microBatchSequences: 1,
  sharding: 'zero1',
  recompute: false,
  sites: 1,
  crossing: 'data-parallel',
  buckets: 8,
  get gradWireBytesPerValue(): number {
    return PARAMS.gradWireBytesPerValue;
  },
  expertParallel: 1,
  precision: 'bf16',
} as const;

/**
 * A config with every default filled in, as parseStepConfig returns it but without checking it: for
 * inputs already bounded at the edge (widget URL state over presets validated at build time).
 */
export function withStepDefaults(input: StepConfigInput): StepConfig {
  const d = STEP_DEFAULTS;
  const { moe, wan, layout, ...rest } = input;
  return {
    ...rest,
    layout: { ...layout, interleave: layout.interleave ?? d.interleave },
    microBatchSequences: input.microBatchSequences ?? d.microBatchSequences,
    sharding: input.sharding ?? d.sharding,
    recompute: input.recompute ?? d.recompute,
    sites: input.sites ?? d.sites,
    crossing: input.crossing ?? d.crossing,
    wan: {
      distanceKm: wan?.distanceKm ?? d.distanceKm,
      ...(wan?.routeFactor === undefined ? {} : { routeFactor: wan.routeFactor }),
      bandwidthBytesPerS: wan?.bandwidthBytesPerS ?? d.bandwidthBytesPerS,
    },
    buckets: input.buckets ?? d.buckets,
    ...(input.gradWireBytesPerValue === undefined ? {} : { gradWireBytesPerValue: input.gradWireBytesPerValue }),
    ...(moe ? { moe: { ...moe, ep: moe.ep ?? d.expertParallel } } : {}),
    precision: input.precision ?? d.precision,
  };
}

export interface StepCosts {
  config: StepConfig;
  /** Micro-batches per replica, and chunks = micro-batches × interleave. */
  microBatches: number;
  chunks: number;
  stages: number;
  /** Per chunk per stage, communication included (exposed TP collectives). */
  forwardS: number;
  backwardS: number;
  /** The same without any communication, for the compute/bubble/comm split. */
  forwardComputeS: number;
  backwardComputeS: number;
  /** Stage-boundary transfer per chunk inside a site. */
  p2pS: number;
  p2pBytesPerGpu: number;
  /** Stage-boundary transfer across the WAN per chunk, all replicas together, one direction. */
  wanP2pBytes: number;
  wanOneWayS: number;
  wanBytesPerS: number;
  /** Index b such that the boundary between stage b-1 and b crosses the WAN. */
  wanBoundaries: number[];
  bucketReduceScatterS: number;
  bucketAllGatherS: number;
  /** Per bucket, per site, per direction, all TP shards of a stage together. */
  bucketWanBytes: number;
  /** Latency of one WAN exchange: one one-way delay between two sites, 2(K-1) for a ring of K > 2. */
  wanAllReduceLatencyS: number;
  /**
   * ZeRO-1/2: the new weights are all-gathered while the next step's forward runs (Megatron's
   * overlapped parameter gather, FSDP's prefetch); only what the first forward outruns is exposed.
   */
  allGatherLeadS: number;
  optimizerS: number;
  tokensPerStep: number;
  modelFlopPerStep: number;
  hardwareFlopPerStep: number;
  peakFlopPerS: number;
  sharding: Sharding;
  /** Data-parallel ranks that reduce inside one site, and those of them inside one scale-up domain. */
  dpPerSite: number;
  dpInDomain: number;
  nicBytesPerS: number;
  memory: MemoryPerGpu;
  /** The same layout's memory with full activation recomputation (whichever the config does not use). */
  memoryOther: MemoryPerGpu;
  hbmBytes: number;
  /** Null when the 1F1B schedule can run; otherwise why not. */
  scheduleProblem: string | null;
}

export function stepCosts(c: StepConfig): StepCosts {
  const spec = gpuSpec(c.gpu);
  const { tp, pp, dp, interleave: v } = c.layout;
  const m = c.model;
  const seqTokens = m.seqLen * c.microBatchSequences;
  const sequencesPerReplica = m.globalBatchTokens / m.seqLen / dp;
  const microBatches = Math.max(1, Math.ceil(sequencesPerReplica / c.microBatchSequences));
  const chunks = microBatches * v;
  const tokensPerStep = microBatches * seqTokens * dp;

  const n = activeParamsOf(m);
  const fwdFlopPerToken = 2 * n + 4 * m.layers * m.hidden * m.seqLen;
  const fp8 = c.precision === 'fp8' ? PARAMS.fp8MatmulSpeedup : 1;
  const rate = spec.peakFlopPerS * (c.matmulEfficiency ?? matmulEfficiency(spec.generation)) * fp8;
  const forwardComputeS = (seqTokens * fwdFlopPerToken) / (pp * v * tp * rate);
  const recomputeS = c.recompute ? forwardComputeS : 0;
  const backwardComputeS = 2 * forwardComputeS + recomputeS;

  // Megatron TP: 2 all-reduces forward, 2 backward per layer on seqTokens × hidden bf16 activations.
  const layersPerChunk = m.layers / (pp * v);
  const inDomain = tp <= spec.scaleUpDomain;
  const tpBw = (inDomain ? spec.scaleUpBytesPerS : spec.scaleOutBytesPerS) * PARAMS.collectiveBusEfficiency;
  const tpAlpha = inDomain ? PARAMS.scaleUpLatencyS : PARAMS.scaleOutLatencyS;
  const actBytes = seqTokens * m.hidden * PARAMS.weightBytesPerParam;
  const tpAllReduceS = tp > 1 ? 2 * (tp - 1) * tpAlpha + (2 * (tp - 1) * actBytes) / (tp * tpBw) : 0;
  const tpExposed = (1 - PARAMS.tpCommOverlap) * tpAllReduceS * layersPerChunk;
  const expertS = expertAllToAllPerChunkS(c.moe, seqTokens, m, tp, layersPerChunk, spec);
  let forwardS = forwardComputeS + 2 * tpExposed + expertS;
  let backwardS = backwardComputeS + 2 * tpExposed + (c.recompute ? 2 * tpExposed : 0) + expertS;

  const nicBytesPerS = c.nicBytesPerS ?? spec.scaleOutBytesPerS;
  const outBw = nicBytesPerS * PARAMS.collectiveBusEfficiency;
  const upBw = spec.scaleUpBytesPerS * PARAMS.collectiveBusEfficiency;
  const dpPerSite = c.crossing === 'data-parallel' ? dp / c.sites : dp;
  // Megatron orders ranks TP first, then DP: the replicas of one stage that share a scale-up domain
  // reduce over NVLink first, and each sends only its 1/g slice over its own NIC (rack -> site -> WAN).
  const dpInDomain =
    tp <= spec.scaleUpDomain ? Math.max(1, Math.min(dpPerSite, Math.floor(spec.scaleUpDomain / tp))) : 1;
  const dpAcrossDomains = dpPerSite / dpInDomain;
  const twoLevel = (bytes: number) =>
    halfCollectiveS(dpInDomain, bytes, upBw, PARAMS.scaleUpLatencyS) +
    halfCollectiveS(dpAcrossDomains, bytes / dpInDomain, outBw, PARAMS.scaleOutLatencyS);
  const paramsPerGpu = paramsHeldPerGpu(m, c.moe, tp, pp);
  const weightBytesPerGpu = paramsPerGpu * PARAMS.weightBytesPerParam;
  const gradWireBytesPerGpu = paramsPerGpu * (c.gradWireBytesPerValue ?? PARAMS.gradWireBytesPerValue);

  // ZeRO-3 re-gathers each chunk's weights in forward and backward; prefetching hides it behind compute.
  if (c.sharding === 'zero3' && dpPerSite > 1) {
    const gather = twoLevel(weightBytesPerGpu / v);
    forwardS = Math.max(forwardS, gather);
    backwardS = Math.max(backwardS, 2 * gather);
  }

  const p2pBytesPerGpu = actBytes / tp;
  const p2pS = pp > 1 ? PARAMS.scaleOutLatencyS + p2pBytesPerGpu / outBw : 0;
  const wanOneWayS = fiberLatencyMsUnchecked(c.wan.distanceKm, c.wan.routeFactor) / 1000;
  const multiSite = c.sites > 1;
  const wanBoundaries: number[] = [];
  if (multiSite && c.crossing === 'pipeline') {
    for (let k = 1; k < c.sites; k++) wanBoundaries.push((k * pp) / c.sites);
  }

  const nb = c.buckets;
  const bucketReduceScatterS = twoLevel(gradWireBytesPerGpu / nb);
  // 'none' all-reduces the gradient (reduce-scatter + all-gather of gradients); ZeRO gathers bf16 weights.
  const bucketAllGatherS =
    c.sharding === 'none' ? bucketReduceScatterS : c.sharding === 'zero3' ? 0 : twoLevel(weightBytesPerGpu / nb);
  const k = c.sites;
  const dpAcrossWan = multiSite && c.crossing === 'data-parallel';
  const bucketWanBytes = dpAcrossWan ? (2 * (k - 1) * (gradWireBytesPerGpu / nb) * tp) / k : 0;
  const shardRanks = c.sharding === 'none' ? 1 : dpPerSite;
  const optimizerS = ((paramsPerGpu / shardRanks) * PARAMS.optimizerHbmBytesPerParam) / spec.hbmBytesPerS;
  // Bucket j of the new weights is needed once the first micro-batch's forward reaches it.
  const stageForwardS = v * forwardS;
  const allGatherLeadS =
    c.sharding === 'zero1' || c.sharding === 'zero2'
      ? Math.max(bucketAllGatherS, nb * bucketAllGatherS - ((nb - 1) * stageForwardS) / nb)
      : 0;

  const memoryInput = {
    model: m,
    tp,
    pp,
    shardRanks: Math.max(1, Math.round(dpPerSite)),
    sharding: c.sharding,
    microBatchTokens: seqTokens,
    microBatches,
    interleave: v,
    ...(c.moe ? { moe: c.moe } : {}),
  };
  const memory = memoryPerGpuUnchecked({ ...memoryInput, recompute: c.recompute });
  const memoryOther = memoryPerGpuUnchecked({ ...memoryInput, recompute: !c.recompute });
  const scheduleProblem =
    microBatches < pp
      ? `${microBatches} micro-batches per replica cannot fill ${pp} pipeline stages`
      : v > 1 && microBatches % pp !== 0
        ? `the interleaved schedule needs micro-batches (${microBatches}) in multiples of the stages (${pp})`
        : null;

  const modelFlopPerStep = tokensPerStep * (6 * n + 12 * m.layers * m.hidden * m.seqLen);
  const hardwareFlopPerStep = modelFlopPerStep * (c.recompute ? 4 / 3 : 1);
  return {
    config: c,
    microBatches,
    chunks,
    stages: pp,
    forwardS,
    backwardS,
    forwardComputeS,
    backwardComputeS,
    p2pS,
    p2pBytesPerGpu,
    wanP2pBytes: dp * actBytes,
    wanOneWayS,
    wanBytesPerS: c.wan.bandwidthBytesPerS,
    wanBoundaries,
    bucketReduceScatterS,
    bucketAllGatherS,
    bucketWanBytes,
    wanAllReduceLatencyS: dpAcrossWan ? wanExchangeSteps(k) * wanOneWayS : 0,
    allGatherLeadS,
    optimizerS,
    tokensPerStep,
    modelFlopPerStep,
    hardwareFlopPerStep,
    peakFlopPerS: spec.peakFlopPerS,
    sharding: c.sharding,
    dpPerSite,
    dpInDomain,
    nicBytesPerS,
    memory,
    memoryOther,
    hbmBytes: spec.hbmBytes,
    scheduleProblem,
  };
}

export interface StepSummary {
  stepTimeS: number;
  mfu: number;
  /** Hardware FLOPs utilisation: counts recomputed forwards. */
  hfu: number;
  computeS: number;
  bubbleS: number;
  exposedCommS: number;
  /** The part of it after the pipeline drains (gradient reduce, WAN exchange) plus the weight gather lead. */
  exposedDataParallelS: number;
  optimizerS: number;
  /** Bytes crossing the WAN per step, all links and both directions. */
  wanBytes: number;
  tokensPerStep: number;
  microBatches: number;
  /** Bubble as a share of the pipeline phase: (p-1)/(v·m + p-1) when no communication stretches it. */
  bubbleFraction: number;
  /** Weights, gradients, optimizer state and activations in flight on the busiest GPU (stage 1). */
  memoryPerGpuBytes: number;
  memoryWithRecomputeBytes: number;
  memoryWithoutRecomputeBytes: number;
  hbmBytesPerGpu: number;
  fitsInMemory: boolean;
  /** False when the pipeline schedule cannot run this layout; a time for it means nothing. */
  schedulable: boolean;
  /** Why the layout cannot run (memory or schedule), or null. */
  problem: string | null;
}

/** `pipelineEndS`: when the last stage finishes its last backward (the lead included). */
export function summarise(costs: StepCosts, stepTimeS: number, wanBytes: number, pipelineEndS: number): StepSummary {
  const c = costs.config;
  const perChunk = costs.forwardComputeS + costs.backwardComputeS;
  const computeS = costs.chunks * perChunk;
  const bubbleS = (costs.stages - 1) * perChunk;
  const denominator = stepTimeS * c.gpus * costs.peakFlopPerS;
  return {
    stepTimeS,
    mfu: costs.modelFlopPerStep / denominator,
    hfu: costs.hardwareFlopPerStep / denominator,
    computeS,
    bubbleS,
    exposedCommS: Math.max(0, stepTimeS - computeS - bubbleS - costs.optimizerS),
    exposedDataParallelS: Math.max(0, stepTimeS - pipelineEndS - costs.optimizerS) + costs.allGatherLeadS,
    optimizerS: costs.optimizerS,
    wanBytes,
    tokensPerStep: costs.tokensPerStep,
    microBatches: costs.microBatches,
    bubbleFraction: bubbleS / (computeS + bubbleS),
    ...memoryVerdict(costs),
  };
}

function memoryVerdict(costs: StepCosts) {
  const withRecompute = costs.config.recompute ? costs.memory : costs.memoryOther;
  const withoutRecompute = costs.config.recompute ? costs.memoryOther : costs.memory;
  const fitsInMemory = costs.memory.totalBytes <= costs.hbmBytes;
  const gb = (b: number) => `${Math.round(b / 1e9)} GB`;
  return {
    memoryPerGpuBytes: costs.memory.totalBytes,
    memoryWithRecomputeBytes: withRecompute.totalBytes,
    memoryWithoutRecomputeBytes: withoutRecompute.totalBytes,
    hbmBytesPerGpu: costs.hbmBytes,
    fitsInMemory,
    schedulable: costs.scheduleProblem === null,
    problem:
      costs.scheduleProblem ??
      (fitsInMemory
        ? null
        : `each GPU needs ${gb(costs.memory.totalBytes)}, more than its ${gb(costs.hbmBytes)} of HBM`),
  };
}

/** The route factor a WAN was given, if any: `fiberLatencyMs` reads the data's default otherwise. */
export function routeOf(wan: { routeFactor?: number | undefined }): { routeFactor?: number } {
  return wan.routeFactor === undefined ? {} : { routeFactor: wan.routeFactor };
}
