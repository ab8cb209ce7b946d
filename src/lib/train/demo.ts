/**
 * One comparison run: the same task, initial weights and batches for every chosen algorithm, each
 * trained for the same number of inner steps (equal tokens), with its curve, clock and WAN bytes.
 */
import { trainAsyncStale } from './algorithms/async-stale';
import { trainDiloco } from './algorithms/diloco';
import { trainLocalSgd } from './algorithms/local-sgd';
import { trainStreamingDiloco } from './algorithms/streaming-diloco';
import { trainSyncDp } from './algorithms/sync-dp';
import { type ClockInput, syncClock } from './clock';
import { bigramValidationLoss, buildCorpus, decode, encode, normaliseText } from './corpus';
import { createScratch, initParams, type MlpShape, meanLoss, mlpLayout, sampleTokens } from './mlp';
import { createRng } from './prng';
import type { AlgorithmRun, CurvePoint, TrainSetup } from './setup';
import { validationWindows } from './setup';

export const ALGORITHM_IDS = ['sync-dp', 'local-sgd', 'diloco', 'streaming-diloco', 'async'] as const;
export type AlgorithmId = (typeof ALGORITHM_IDS)[number];

export const ALGORITHM_LABELS: Record<AlgorithmId, string> = {
  'sync-dp': 'Synchronous data parallel',
  'local-sgd': 'Local SGD',
  diloco: 'DiLoCo',
  'streaming-diloco': 'Streaming DiLoCo',
  async: 'Asynchronous (stale)',
};

export interface DemoConfig {
  algorithms: readonly AlgorithmId[];
  sites: number;
  replicasPerSite: number;
  batchPerReplica: number;
  steps: number;
  innerStepsPerSync: number;
  innerLr: number;
  outerLr: number;
  outerMomentum: number;
  fragments: number;
  overlapSteps: number;
  int4: boolean;
  seed: number;
  iid: boolean;
  model: Omit<MlpShape, 'vocab'>;
  evalEvery: number;
  validationWindows: number;
  clock: Omit<ClockInput, 'sites'>;
}

export interface AlgorithmResult extends Omit<AlgorithmRun, 'params'> {
  id: AlgorithmId;
  finalLoss: number;
  utilisation: number;
  sample: string;
  staleness?: number;
}

export interface DemoResult {
  params: number;
  vocab: number;
  bigramLoss: number;
  initialLoss: number;
  sampleBefore: string;
  prompt: string;
  runs: AlgorithmResult[];
}

const SAMPLE_LENGTH = 160;
const SAMPLE_TEMPERATURE = 0.8;
/** Final losses use more windows than the curve points. */
const FINAL_WINDOWS = 4096;

export interface DemoTask {
  setup: TrainSetup;
  bigramLoss: number;
}

export function demoTask(text: string, c: DemoConfig): DemoTask {
  const corpus = buildCorpus(text, c.sites, c.iid, c.seed);
  const layout = mlpLayout({ ...c.model, vocab: corpus.vocab.length });
  const init = initParams(layout, createRng(c.seed, 1));
  const setup: TrainSetup = {
    corpus,
    layout,
    init,
    sites: c.sites,
    batchPerSite: c.replicasPerSite * c.batchPerReplica,
    steps: c.steps,
    seed: c.seed,
    inner: { kind: 'adamw', lr: c.innerLr },
    wire: 'bf16',
    evalEvery: c.evalEvery,
    validationAt: validationWindows(corpus, c.model.context, c.validationWindows),
    clock: syncClock({ ...c.clock, sites: c.sites }),
  };
  return { setup, bigramLoss: bigramValidationLoss(corpus) };
}

export function trainAlgorithm(
  id: AlgorithmId,
  setup: TrainSetup,
  c: DemoConfig,
  onPoint?: (p: CurvePoint) => void,
): AlgorithmRun & { staleness?: number } {
  const outer = { innerStepsPerSync: c.innerStepsPerSync, outerLr: c.outerLr, outerMomentum: c.outerMomentum };
  switch (id) {
    case 'sync-dp':
      return trainSyncDp(setup, onPoint);
    case 'local-sgd':
      return trainLocalSgd(setup, c.innerStepsPerSync, onPoint);
    case 'diloco':
      return trainDiloco(setup, outer, onPoint);
    case 'streaming-diloco':
      return trainStreamingDiloco(
        setup,
        { ...outer, fragments: c.fragments, overlapSteps: c.overlapSteps, wire: c.int4 ? 'int4' : setup.wire },
        onPoint,
      );
    case 'async':
      return trainAsyncStale(setup, onPoint);
  }
}

export interface DemoProgress {
  algorithm: AlgorithmId;
  /** Fraction of the whole comparison done. */
  done: number;
  point: CurvePoint;
}

export function runDemo(text: string, c: DemoConfig, onProgress?: (p: DemoProgress) => void): DemoResult {
  const { setup, bigramLoss } = demoTask(text, c);
  const { corpus, layout } = setup;
  const scratch = createScratch(layout);
  const finalAt = validationWindows(corpus, layout.shape.context, FINAL_WINDOWS);
  const prompt = normaliseText('First Citizen:\n').padStart(layout.shape.context, '\n');
  const promptIds = encode(prompt, corpus.vocab);
  const sample = (p: Float32Array) =>
    decode(
      sampleTokens(layout, p, promptIds, SAMPLE_LENGTH, SAMPLE_TEMPERATURE, createRng(c.seed, 7), scratch),
      corpus.vocab,
    );
  const runs = c.algorithms.map((id, index): AlgorithmResult => {
    const run = trainAlgorithm(id, setup, c, (point) =>
      onProgress?.({ algorithm: id, done: (index + point.step / c.steps) / c.algorithms.length, point }),
    );
    const { params, ...rest } = run;
    return {
      ...rest,
      id,
      finalLoss: meanLoss(layout, params, corpus.validation, finalAt, scratch),
      utilisation: run.computeS / run.timeS,
      sample: sample(params),
    };
  });
  return {
    params: layout.size,
    vocab: corpus.vocab.length,
    bigramLoss,
    initialLoss: meanLoss(layout, setup.init, corpus.validation, finalAt, scratch),
    sampleBefore: sample(setup.init),
    prompt,
    runs,
  };
}

/** Simulated time at which a curve first reaches `target`, or null. */
export function timeToLoss(curve: readonly CurvePoint[], target: number): number | null {
  return curve.find((p) => p.validationLoss <= target)?.timeS ?? null;
}
