/**
 * The worked example the chapters share: the `worked-example` preset of scenarios.json, Meta's
 * published Llama 3.1 405B recipe (model shape, batch, GPU count, TP×PP×DP layout from runs.json, with
 * its interleaved schedule) re-run on Fairwater's GB200 racks, split between Wisconsin and Atlanta.
 * Distance from the two sites' coordinates; WAN capacity from the estimates in links.json. Microsoft
 * has published no such run: it is a what-if built only from sourced parts.
 */
import { weakestStatus } from '../data';
import { greatCircleKm, scenario, simulateScenario } from '../sim';
import { data, type Input, run, site } from './inputs';

export const SCENARIO_ID = 'worked-example';
const preset = scenario(SCENARIO_ID);
export const SCENARIO_GPU = preset.gpu;
if (!preset.run) throw new Error(`scenarios.json: ${SCENARIO_ID} names no run`);
export const SCENARIO_RUN: string = preset.run;

const wisconsin = site(preset.siteA);
const atlanta = site(preset.siteB);
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
  return { tp, pp, dp, interleave: preset.layout.interleave };
}
export const layoutSource = recipe.layout?.source ?? 'llama3-herd-2024';
export const modelName = recipe.model;
/** The hardware the run itself used (its failure rates were measured there). */
export const runHardware = recipe.hardware;

/** Nadella's "one petabit" between Fairwater campuses, an estimate of the link's capacity. */
export const wanBandwidth = data('links.wan.interCampusBandwidthBytesPerS');
/** What one fibre pair carries with today's optics: the floor of a dedicated link. */
export const fiberPairBandwidth = data('links.fiber.fiberPairCapacityBytesPerS');
/** An analyst's estimate of GPUs in one Fairwater building, the size of one "site" in the examples. */
export const gpusPerSite = data('sites.fairwater-atlanta.gpusPerBuilding');

/** The worked example's step: all GPUs in one site, or split between the two. */
export function scenarioStep(sites: 1 | 2, bandwidthBytesPerS: number) {
  return simulateScenario(SCENARIO_ID, { sites, bandwidthBytesPerS }).summary;
}
