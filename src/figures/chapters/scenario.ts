/**
 * The worked example the chapters share: the `worked-example` preset of scenarios.json, Meta's
 * published Llama 3.1 405B recipe (model shape, batch, GPU count, TP×PP×DP layout from runs.json, with
 * its interleaved schedule) re-run on Fairwater's GB200 racks, split between Wisconsin and Atlanta.
 * Distance from the two sites' coordinates; WAN capacity from the estimates in links.json. Microsoft
 * has published no such run: it is a what-if built only from sourced parts.
 *
 * Every number is read when called, never held from load: a tracked computation (derived-figure.ts)
 * must see each read to badge its result.
 */
import { memoryPerGpu, scenario, scenarioDistanceKm, simulateScenario } from '../../lib/sim';
import { data, type Input, run } from './inputs';

export const SCENARIO_ID = 'worked-example';
const preset = scenario(SCENARIO_ID);
export const SCENARIO_GPU = preset.gpu;
if (!preset.run) throw new Error(`scenarios.json: ${SCENARIO_ID} names no run`);
export const SCENARIO_RUN: string = preset.run;

const recipe = run(SCENARIO_RUN);

/** Great-circle km between the two sites, from their coordinates in sites.json. */
export const distanceKm = (): number => scenarioDistanceKm(preset);

const runFigure = (field: string) => data(`runs.${SCENARIO_RUN}.${field}`);

export const model = () => ({
  params: runFigure('params'),
  layers: runFigure('layers'),
  hidden: runFigure('hidden'),
  seqLen: runFigure('seqLen'),
  globalBatchTokens: runFigure('globalBatchTokens'),
  tokens: runFigure('tokens'),
  gpus: runFigure('gpus'),
});

/** The model's shape as the engine takes it. */
export function modelInput() {
  const m = model();
  return {
    params: m.params.value,
    layers: m.layers.value,
    hidden: m.hidden.value,
    seqLen: m.seqLen.value,
    globalBatchTokens: m.globalBatchTokens.value,
  };
}

/** What one full copy of the model holds on one GPU (no parallelism, no sharding), from the engine. */
export function modelStateMemory() {
  return memoryPerGpu({
    model: modelInput(),
    tp: 1,
    pp: 1,
    shardRanks: 1,
    sharding: 'none',
    microBatchTokens: model().seqLen.value,
  });
}

export function publishedLayout() {
  if (!recipe.layout) throw new Error(`runs.json: ${SCENARIO_RUN} has no layout`);
  const { tp, pp, dp } = recipe.layout;
  return { tp, pp, dp, interleave: preset.layout.interleave };
}
export const modelName = recipe.model;
/** The hardware the run itself used (its failure rates were measured there). */
export const runHardware = recipe.hardware;

/** Nadella's "one petabit" between Fairwater campuses, an estimate of the link's capacity. */
export const wanBandwidth = (): Input => data('links.wan.interCampusBandwidthBytesPerS');
/** What one fibre pair carries with today's optics: the floor of a dedicated link. */
export const fiberPairBandwidth = (): Input => data('links.fiber.fiberPairCapacityBytesPerS');
/** An analyst's estimate of GPUs in one Fairwater building, the size of one "site" in the examples. */
export const gpusPerSite = (): Input => data('sites.fairwater-atlanta.gpusPerBuilding');

/**
 * The worked example's step: all GPUs in one site, or split between the two, with the data-parallel
 * replicas (the default) or the pipeline stages on either side of the WAN.
 */
export function scenarioStep(
  sites: 1 | 2,
  bandwidthBytesPerS: number,
  crossing: 'data-parallel' | 'pipeline' = 'data-parallel',
) {
  return simulateScenario(SCENARIO_ID, { sites, bandwidthBytesPerS, crossing }).summary;
}
