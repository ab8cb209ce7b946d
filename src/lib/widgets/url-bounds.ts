/**
 * Bounds of the widgets' URL fields and controls, as schemas (build and Node only). The browser gets
 * them as plain numbers in the build-time payload (src/lib/payload/), so it never loads zod.
 */
import { z } from 'zod';

export const URL_BOUND_SCHEMAS = {
  /** 0 to 5,000 km: from one campus to the width of the United States. */
  distanceKm: z.number().min(0).max(5000),
  /** 10 Gbit/s to 10 Pbit/s per direction. */
  bandwidthTbitPerS: z.number().min(0.01).max(10_000),
  /** The MFU loss the utilisation question allows, in percent. */
  lossPercent: z.number().min(1).max(50),
  /** Route factor: 1 (a straight fibre) to 3 (worse than the Internet's ~2.1). */
  routeFactor: z.number().min(1).max(3),
  /** The training demo (src/figures/widgets/train/): sites, replicas per site, inner steps per exchange... */
  trainSites: z.number().int().min(2).max(8),
  trainReplicas: z.number().int().min(1).max(4),
  trainH: z.number().int().min(1).max(500),
  trainSteps: z.number().int().min(50).max(3000),
  trainInnerLr: z.number().min(0.0005).max(0.05),
  trainOuterLr: z.number().min(0.1).max(1.5),
  trainSeed: z.number().int().min(1).max(9999),
  /** The memory widget (src/lib/widgets/memory/): tensor ways up to a 64-GPU scale-up domain... */
  memoryTp: z.number().int().min(1).max(64),
  /** ...pipeline stages up to one layer each for the deepest preset... */
  memoryPp: z.number().int().min(1).max(128),
  /** ...and sequences per micro-batch. */
  memoryMicroBatchSequences: z.number().int().min(1).max(16),
  /** The power widget (src/figures/widgets/power/): IT power per site, 1 MW to 5 GW... */
  powerItMw: z.number().min(1).max(5000),
  /** ...PUE, as the engine's siteCompute takes it... */
  powerPue: z.number().min(1).max(3),
  /** ...and tokens to train, in trillions. */
  powerTokensT: z.number().min(0.1).max(1000),
  /** The failures widget (src/figures/widgets/failures/): GPUs, from a small cluster to half a million... */
  failuresGpus: z.number().int().min(1000).max(500_000),
  /** ...weeks of wall clock (Llama 3's snapshot is 54 days)... */
  failuresDays: z.number().int().min(1).max(60),
  /** ...the checkpoint interval in minutes, a minute to a day... */
  failuresCheckpointMin: z.number().min(1).max(1440),
  /** ...independent learners per site for the decoupled policy... */
  failuresLearnersPerSite: z.number().int().min(1).max(16),
  /** ...a site outage: which day it starts and how many hours it lasts (0: none)... */
  failuresOutageDay: z.number().int().min(0).max(59),
  failuresOutageHours: z.number().min(0).max(168),
  /** ...and the seed of the failure stream. */
  failuresSeed: z.number().int().min(1).max(9999),
  /** Build your own superfactory (src/figures/widgets/build/): two to eight sites in a ring... */
  buildSites: z.number().int().min(2).max(8),
  /** ...a token budget from a billion to a quadrillion tokens, in trillions... */
  buildTokensT: z.number().min(0.001).max(1000),
  /** ...and DiLoCo's inner steps per synchronisation. */
  buildH: z.number().int().min(1).max(10_000),
  /** The talking-less widget (src/figures/widgets/talkless/): inner steps per sync, DiLoCo's 500 and beyond... */
  talklessInnerSteps: z.number().int().min(1).max(10_000),
  /** ...fragments (streaming DiLoCo's 24 layers in 3-layer fragments are 8), inner steps overlapping each... */
  talklessFragments: z.number().int().min(1).max(64),
  talklessOverlapSteps: z.number().int().min(0).max(10),
  /** ...bits per value exchanged (FP4 to fp32) and sites sharing the exchange. */
  talklessBits: z.number().int().min(1).max(32),
  talklessSites: z.number().int().min(2).max(16),
} as const;
