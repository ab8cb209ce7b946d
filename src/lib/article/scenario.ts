/**
 * The worked example the chapters share: Meta's published Llama 3.1 405B recipe (model shape, batch,
 * GPU count and TP×PP×DP layout, from runs.json) re-run on Fairwater's GB200 racks, split between
 * Wisconsin and Atlanta. Distance from the two sites' coordinates; WAN capacity from the estimates in
 * links.json. Microsoft has published no such run: it is a what-if built only from sourced parts.
 */
import { weakestStatus } from '../data';
import { analyticStep, greatCircleKm } from '../sim';
import { data, type Input, run, site } from './inputs';

export const SCENARIO_GPU = 'gb200';
export const SCENARIO_RUN = 'llama-3-1-405b';

const wisconsin = site('fairwater-wisconsin');
const atlanta = site('fairwater-atlanta');
const recipe = run(SCENARIO_RUN);

export const distance: Input = {
  value: greatCircleKm(wisconsin.location, atlanta.location),
  status: weakestStatus([wisconsin.location.status, atlanta.location.status]),
  source: wisconsin.location.source,
};
export const distanceSources = [wisconsin.location.source, atlanta.location.source];

export const model = {
  params: data(`runs.${SCENARIO_RUN}.params`),
  layers: data(`runs.${SCENARIO_RUN}.layers`),
  hidden: data(`runs.${SCENARIO_RUN}.hidden`),
  seqLen: data(`runs.${SCENARIO_RUN}.seqLen`),
  globalBatchTokens: data(`runs.${SCENARIO_RUN}.globalBatchTokens`),
  tokens: data(`runs.${SCENARIO_RUN}.tokens`),
  gpus: data(`runs.${SCENARIO_RUN}.gpus`),
};

export const modelInput = {
  params: model.params.value,
  layers: model.layers.value,
  hidden: model.hidden.value,
  seqLen: model.seqLen.value,
  globalBatchTokens: model.globalBatchTokens.value,
};

export function publishedLayout() {
  if (!recipe.layout) throw new Error(`runs.json: ${SCENARIO_RUN} has no layout`);
  const { tp, pp, dp } = recipe.layout;
  return { tp, pp, dp };
}
export const layoutSource = recipe.layout?.source ?? 'llama3-herd-2024';
export const modelName = recipe.model;

/** Nadella's "one petabit" between Fairwater campuses, an estimate of the link's capacity. */
export const wanBandwidth = data('links.wan.interCampusBandwidthBytesPerS');
/** What one fibre pair carries with today's optics: the floor of a dedicated link. */
export const fiberPairBandwidth = data('links.fiber.fiberPairCapacityBytesPerS');
/** An analyst's estimate of GPUs in one Fairwater building, the size of one "site" in the examples. */
export const gpusPerSite = data('sites.fairwater-atlanta.gpusPerBuilding');

/** The scenario's step on the published layout: all GPUs in one site, or split between the two. */
export function scenarioStep(sites: 1 | 2, bandwidthBytesPerS: number) {
  return analyticStep({
    model: modelInput,
    gpu: SCENARIO_GPU,
    gpus: model.gpus.value,
    layout: publishedLayout(),
    sites,
    wan: { distanceKm: sites > 1 ? distance.value : 0, bandwidthBytesPerS },
  });
}
