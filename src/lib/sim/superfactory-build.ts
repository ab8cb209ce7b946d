/**
 * Build your own superfactory: one preset's cluster spread over K sites joined in a ring of links, set
 * against the same GPUs (the same power) in one site. Every number comes from the step model, the
 * low-communication schedules and the power model; this file only chooses which to run and adds up a
 * whole run. No parsing (superfactory-build-checked.ts parses), so the widget's worker can call it.
 */

import { fiberLatencyMsUnchecked, greatCircleKmUnchecked, type LatLon, routeKmUnchecked } from './geo';
import { gpuSpec } from './gpu';
import { lowCommForStepUnchecked } from './low-comm';
import { powerForGpusUnchecked } from './power';
import { scenarioConfig } from './scenario';
import type { StepConfigInput } from './step-config';
import { simulateStepUnchecked } from './step-sim';

/** Up to eight sites: a ring of eight already waits 14 one-way delays per exchange. */
export const BUILD_SITES = { min: 1, max: 8 } as const;
export const BUILD_CROSSINGS = ['data-parallel', 'pipeline', 'diloco'] as const;
export type BuildCrossing = (typeof BUILD_CROSSINGS)[number];

export interface BuildLinkInput {
  routeFactor: number;
  bandwidthBytesPerS: number;
}

export interface SuperfactoryBuildInput {
  scenarioId: string;
  sites: readonly LatLon[];
  /** One per link of the ring (ringLinks): site i to site i+1, the last back to the first when K > 2. */
  links: readonly BuildLinkInput[];
  crossing: BuildCrossing;
  /** DiLoCo: inner steps between two synchronisations (H). */
  innerStepsPerSync: number;
  tokens: number;
}

/** The ring the sites form, as pairs of site indices: none for one site, one link for two. */
export function ringLinks(sites: number): [number, number][] {
  if (sites <= 1) return [];
  if (sites === 2) return [[0, 1]];
  return Array.from({ length: sites }, (_, i) => [i, (i + 1) % sites] as [number, number]);
}

export interface BuildLink {
  from: number;
  to: number;
  greatCircleKm: number;
  routeKm: number;
  oneWayS: number;
  bandwidthBytesPerS: number;
}

/** A whole run's clock, traffic and energy; null when the plan cannot be timed (see `problem`). */
export interface PlanTimes {
  /** Wall-clock seconds per global batch, exchanges included. */
  stepS: number;
  /** Seconds between two cross-site exchanges (a step for DP and PP, H steps for DiLoCo); null in one site. */
  syncEveryS: number | null;
  steps: number;
  trainingS: number;
  /** Model FLOPs utilisation over the whole run. */
  mfu: number;
  energyMWh: number | null;
  /** Average traffic on each link, each direction; 0 in one site. */
  wanAverageBytesPerS: number;
  /** That traffic over the ring's slowest link (1 = the link is always busy). */
  wanLinkShare: number;
}

export interface BuildPlan {
  sites: number;
  gpus: number;
  facilityPowerMw: number | null;
  gridPerSiteMw: number | null;
  times: PlanTimes | null;
  /** Why this plan cannot run as set (memory, schedule, stages that do not split over the sites), or null. */
  problem: string | null;
}

export interface SuperfactoryBuild {
  links: BuildLink[];
  /** What bounds a ring: every exchange step waits for its slowest link, so the ring runs at it. */
  ring: { bandwidthBytesPerS: number; oneWayS: number; distanceKm: number; slowestLink: number; longestLink: number };
  build: BuildPlan;
  oneSite: BuildPlan;
}

function linksOf(x: SuperfactoryBuildInput): BuildLink[] {
  return ringLinks(x.sites.length).map(([from, to], i) => {
    const a = x.sites[from] as LatLon;
    const b = x.sites[to] as LatLon;
    const link = x.links[i] ?? (x.links[0] as BuildLinkInput);
    const km = greatCircleKmUnchecked(a, b);
    return {
      from,
      to,
      greatCircleKm: km,
      routeKm: routeKmUnchecked(km, link.routeFactor),
      oneWayS: fiberLatencyMsUnchecked(km, link.routeFactor) / 1000,
      bandwidthBytesPerS: link.bandwidthBytesPerS,
    };
  });
}

function ringOf(links: readonly BuildLink[], routeFactors: readonly BuildLinkInput[]) {
  if (links.length === 0)
    return { bandwidthBytesPerS: 0, oneWayS: 0, distanceKm: 0, routeFactor: 1, slowestLink: -1, longestLink: -1 };
  let slowest = 0;
  let longest = 0;
  links.forEach((l, i) => {
    if (l.bandwidthBytesPerS < (links[slowest] as BuildLink).bandwidthBytesPerS) slowest = i;
    if (l.oneWayS > (links[longest] as BuildLink).oneWayS) longest = i;
  });
  const far = links[longest] as BuildLink;
  return {
    bandwidthBytesPerS: (links[slowest] as BuildLink).bandwidthBytesPerS,
    oneWayS: far.oneWayS,
    distanceKm: far.greatCircleKm,
    routeFactor: (routeFactors[longest] ?? routeFactors[0] ?? { routeFactor: 1 }).routeFactor,
    slowestLink: slowest,
    longestLink: longest,
  };
}

function facilityMwOf(config: StepConfigInput): number | null {
  if (!Number.isFinite(gpuSpec(config.gpu).itPowerPerGpuW)) return null;
  return powerForGpusUnchecked({ gpu: config.gpu, gpus: config.gpus }).facilityPowerMw;
}

interface Timing {
  stepS: number;
  syncEveryS: number | null;
  wanAverageBytesPerS: number;
}

interface OneSiteStep {
  mfu: number;
  stepS: number;
  tokensPerStep: number;
}

function planOf(
  config: StepConfigInput,
  sites: number,
  t: Timing | null,
  problem: string | null,
  one: OneSiteStep,
  x: { tokens: number; ringBandwidthBytesPerS: number },
): BuildPlan {
  const facilityPowerMw = facilityMwOf(config);
  const plan = {
    sites,
    gpus: config.gpus,
    facilityPowerMw,
    gridPerSiteMw: facilityPowerMw === null ? null : facilityPowerMw / sites,
    problem,
  };
  if (!t) return { ...plan, times: null };
  const steps = x.tokens / one.tokensPerStep;
  const trainingS = steps * t.stepS;
  const times: PlanTimes = {
    stepS: t.stepS,
    syncEveryS: t.syncEveryS,
    steps,
    trainingS,
    // The same model FLOPs on the same GPUs: utilisation scales with the time a batch takes.
    mfu: (one.mfu * one.stepS) / t.stepS,
    energyMWh: facilityPowerMw === null ? null : (facilityPowerMw * trainingS) / 3600,
    wanAverageBytesPerS: t.wanAverageBytesPerS,
    wanLinkShare: x.ringBandwidthBytesPerS > 0 ? t.wanAverageBytesPerS / x.ringBandwidthBytesPerS : 0,
  };
  return { ...plan, times };
}

function splitTiming(
  x: SuperfactoryBuildInput,
  config: StepConfigInput,
  ringBw: number,
): { timing: Timing | null; problem: string | null } {
  const k = x.sites.length;
  if (x.crossing === 'pipeline') {
    const stages = config.layout.pp;
    if (stages % k !== 0)
      return { timing: null, problem: `${stages} pipeline stages do not split evenly over ${k} sites` };
    const r = simulateStepUnchecked(config).summary;
    // summary.wanBytes counts each of the K-1 stage boundaries that cross, both directions.
    const perLink = r.wanBytes / (2 * (k - 1)) / r.stepTimeS;
    return {
      timing: { stepS: r.stepTimeS, syncEveryS: r.stepTimeS, wanAverageBytesPerS: perLink },
      problem: r.problem,
    };
  }
  const method = x.crossing === 'diloco' ? 'diloco' : 'data-parallel';
  const cost = lowCommForStepUnchecked(config, {
    method,
    wanBandwidthBytesPerS: ringBw,
    innerStepsPerSync: x.innerStepsPerSync,
  });
  // The schedule's wall-clock per synchronisation is what one sync's bytes take at its average rate.
  const syncEveryS = cost.bytesPerSync / cost.averageBandwidthBytesPerS;
  const stepS = syncEveryS / cost.innerStepsPerSync;
  return { timing: { stepS, syncEveryS, wanAverageBytesPerS: cost.averageBandwidthBytesPerS }, problem: null };
}

export function superfactoryBuildUnchecked(x: SuperfactoryBuildInput): SuperfactoryBuild {
  const k = x.sites.length;
  const links = linksOf(x);
  const { routeFactor, ...ring } = ringOf(links, x.links);
  const oneConfig = scenarioConfig(x.scenarioId, { sites: 1 });
  const oneRun = simulateStepUnchecked(oneConfig).summary;
  const one = { mfu: oneRun.mfu, stepS: oneRun.stepTimeS, tokensPerStep: oneRun.tokensPerStep };
  const totals = { tokens: x.tokens, ringBandwidthBytesPerS: ring.bandwidthBytesPerS };
  const oneTiming = { stepS: oneRun.stepTimeS, syncEveryS: null, wanAverageBytesPerS: 0 };
  const oneSite = planOf(oneConfig, 1, oneTiming, oneRun.problem, one, { ...totals, ringBandwidthBytesPerS: 0 });
  if (k <= 1) return { links, ring, build: oneSite, oneSite };
  const base = scenarioConfig(x.scenarioId, {
    sites: k,
    crossing: x.crossing === 'pipeline' ? 'pipeline' : 'data-parallel',
    distanceKm: ring.distanceKm,
    bandwidthBytesPerS: ring.bandwidthBytesPerS,
  });
  // The ring runs at its slowest link and waits for its longest delay at every exchange step.
  const config: StepConfigInput = { ...base, wan: { ...base.wan, routeFactor } };
  const split = splitTiming(x, config, ring.bandwidthBytesPerS);
  // The split runs the one-site cluster's GPUs and layout: a layout that does not fit there does not fit here.
  const problem = split.problem ?? oneRun.problem;
  return { links, ring, build: planOf(config, k, split.timing, problem, one, totals), oneSite };
}
