/**
 * Presets from content/data/scenarios.json turned into engine inputs, with the provenance of each input
 * so computed outputs can carry the weakest status of what went in.
 */
import { hardware, sites } from '../data';
import { modelParams } from '../data/model-params';
import type { Status } from '../data/provenance';
import { type Scenario, scenarios } from '../data/scenarios';
import { greatCircleKm, type StepConfigInput } from '../sim';
import type { InputStatus } from './badges';

export const SCENARIO_IDS = scenarios.map((s) => s.id) as [string, ...string[]];
export const DEFAULT_SCENARIO_ID: string = SCENARIO_IDS[0];

export function scenarioById(id: string): Scenario {
  const found = scenarios.find((s) => s.id === id) ?? scenarios[0];
  if (!found) throw new Error('content/data/scenarios.json holds no scenario');
  return found;
}

export function siteById(id: string) {
  return sites.find((s) => s.id === id);
}

/** Great-circle distance between a scenario's two sites, from their locations in sites.json. */
export function scenarioDistanceKm(s: Scenario): number {
  const a = siteById(s.siteA);
  const b = siteById(s.siteB);
  if (!a || !b) throw new Error(`scenario ${s.id}: unknown site`);
  return greatCircleKm(a.location, b.location);
}

export function scenarioDistanceStatus(s: Scenario): Status {
  const a = siteById(s.siteA)?.location.status ?? 'assumed';
  const b = siteById(s.siteB)?.location.status ?? 'assumed';
  return a === 'known' && b === 'known' ? 'known' : a === 'assumed' || b === 'assumed' ? 'assumed' : 'estimated';
}

export interface StepOverrides {
  distanceKm: number;
  bandwidthBytesPerS: number;
  crossing?: 'data-parallel' | 'pipeline';
  /** False puts all gradients in one bucket, sent only after the backward pass ends. */
  overlap?: boolean;
}

export function scenarioStepConfig(s: Scenario, o: StepOverrides): StepConfigInput {
  const { tp, pp, interleave, dpPerSite } = s.layout;
  const crossing = o.crossing ?? 'data-parallel';
  // Pipeline crossing: each site holds pp/sites stages of every replica, so the replicas count once.
  const dp = crossing === 'data-parallel' ? dpPerSite * s.sites : dpPerSite;
  const ppTotal = crossing === 'data-parallel' ? pp : pp * s.sites;
  return {
    model: {
      params: s.model.params.value as number,
      ...(s.model.activeParams ? { activeParams: s.model.activeParams.value as number } : {}),
      layers: s.model.layers,
      hidden: s.model.hidden,
      seqLen: s.model.seqLen.value as number,
      globalBatchTokens: s.model.globalBatchTokens.value as number,
    },
    gpu: s.gpu,
    gpus: tp * ppTotal * dp,
    layout: { tp, pp: ppTotal, dp, interleave },
    sites: s.sites,
    crossing,
    sharding: s.sharding,
    buckets: o.overlap === false ? 1 : s.buckets,
    wan: { distanceKm: o.distanceKm, bandwidthBytesPerS: o.bandwidthBytesPerS },
    ...(s.moe ? { moe: s.moe } : {}),
    ...(s.precision ? { precision: s.precision } : {}),
  };
}

/** Provenance of everything fixed by the preset and the engine's parameters (not the reader's inputs). */
export function scenarioInputStatuses(s: Scenario): InputStatus[] {
  const gpu = hardware.find((h) => h.id === s.gpu);
  const gen = gpu?.generation;
  const mm = gen ? modelParams.matmulEfficiency[gen] : undefined;
  return [
    s.model.params.status,
    s.model.seqLen.status,
    s.model.globalBatchTokens.status,
    s.layout.status,
    gpu?.denseBf16FlopPerS.status ?? 'assumed',
    gpu?.scaleOutBytesPerS.status ?? 'assumed',
    mm?.status ?? 'assumed',
    modelParams.collectiveBusEfficiency.status,
    modelParams.tpCommOverlap.status,
    ...(s.model.activeParams ? [s.model.activeParams.status] : []),
    ...(s.moe ? [modelParams.expertAllToAllOverlap.status] : []),
    ...(s.precision === 'fp8' ? [modelParams.fp8MatmulSpeedup.status] : []),
  ];
}

export function sameNumber(a: number, b: number, relTol = 1e-9): boolean {
  return Math.abs(a - b) <= relTol * Math.max(Math.abs(a), Math.abs(b), 1e-300);
}

/** Bandwidth controls speak Tbit/s (how WANs are quoted); the engine takes bytes/s. */
export const bytesPerSFromTbitPerS = (tbitPerS: number) => (tbitPerS * 1e12) / 8;
export const tbitPerSFromBytesPerS = (bytesPerS: number) => (bytesPerS * 8) / 1e12;
