/**
 * One mega-site against the same cluster split over N sites: power per site (power.ts), the step with
 * and without the WAN (the analytic step of a preset, scenario.ts) and the days to train a token budget.
 * A site of a given power holds whole racks of the chosen system; the cluster is the preset's own
 * (its layout on that system), so both sides train the same model with the same batch.
 */
import { PARAMS } from './params';
import { type PowerForGpus, powerForGpusUnchecked, type SiteCompute, siteComputeUnchecked } from './power';
import { scenarioConfig } from './scenario';
import { analyticStepUnchecked } from './step-analytic';
import type { StepSummary } from './step-config';

/** Sites the split may use: the preset's replicas must divide evenly over them (step-checked.ts). */
export const SPLIT_SITE_COUNTS = [1, 2, 4, 8] as const;

export interface SiteSplitInput {
  /** A preset of scenarios.json: the model, batch, layout and WAN link. */
  scenario: string;
  gpu: string;
  /** IT power of one site (chips, servers, network): what trackers such as Epoch AI estimate. */
  itPowerMwPerSite: number;
  /** Facility power over IT power; the data's PUE when left out. */
  pue?: number | undefined;
  /** Sites the cluster is split over. */
  sites: number;
  /** Tokens to train on. */
  tokens: number;
}

export interface SplitSide {
  sites: number;
  /** GPUs, racks and grid connection (facility MW) of one of its sites. */
  perSite: PowerForGpus & { gpus: number };
  step: StepSummary;
  /** Steady-state wall-clock to train the tokens, before failures; null when the step cannot run. */
  days: number | null;
}

export interface SiteSplitResult {
  /** What one site of the given power holds. */
  site: SiteCompute & { facilityPowerMw: number };
  clusterGpus: number;
  /** Sites of the given power the cluster needs; null when one site holds not even a rack. */
  sitesNeeded: number | null;
  mega: SplitSide;
  split: SplitSide;
  /** Model FLOPs utilisation the WAN costs: one site's minus the split's. */
  mfuLostToWan: number;
}

function side(x: SiteSplitInput, pue: number, sites: number): SplitSide {
  const config = { ...scenarioConfig(x.scenario, { sites }), gpu: x.gpu };
  const gpus = Math.ceil(config.gpus / sites);
  const step = analyticStepUnchecked(config);
  const runs = step.fitsInMemory && step.schedulable;
  return {
    sites,
    perSite: { ...powerForGpusUnchecked({ gpus, gpu: x.gpu, pue }), gpus },
    step,
    days: runs ? (x.tokens / step.tokensPerStep) * (step.stepTimeS / 86_400) : null,
  };
}

/** Whole racks, GPUs and peak FLOP/s one site's IT power holds of a system (no PUE: it divides out). */
export function siteRacksFromItPowerUnchecked(x: Pick<SiteSplitInput, 'itPowerMwPerSite' | 'gpu'>): SiteCompute {
  return siteComputeUnchecked({ facilityPowerMw: x.itPowerMwPerSite, gpu: x.gpu, pue: 1 });
}

/** A site's grid connection: its IT power times the PUE (the data's when left out). */
export function gridConnectionMw(x: Pick<SiteSplitInput, 'itPowerMwPerSite' | 'pue'>): number {
  return x.itPowerMwPerSite * (x.pue ?? PARAMS.pue);
}

/** What one site of a given IT power holds of a system: its grid connection, racks, GPUs, FLOP/s. */
export function siteFromItPowerUnchecked(x: Pick<SiteSplitInput, 'itPowerMwPerSite' | 'pue' | 'gpu'>) {
  return { ...siteRacksFromItPowerUnchecked(x), pue: x.pue ?? PARAMS.pue, facilityPowerMw: gridConnectionMw(x) };
}

/** For inputs bounded at the edge (the power widget); site-split-checked.ts parses first. */
export function siteSplitUnchecked(x: SiteSplitInput): SiteSplitResult {
  const site = siteFromItPowerUnchecked(x);
  const { pue } = site;
  const mega = side(x, pue, 1);
  const split = side(x, pue, x.sites);
  const clusterGpus = mega.perSite.gpus;
  return {
    site,
    clusterGpus,
    sitesNeeded: site.gpus > 0 ? Math.ceil(clusterGpus / site.gpus) : null,
    mega,
    split,
    mfuLostToWan: mega.step.mfu - split.step.mfu,
  };
}
