/**
 * The widget's state as a training run: the toy task's settings, and the clock of the chosen system
 * from the engine (one site's step time, the WAN's delay and the model's parameters).
 */
import { fiberLatencyMsUnchecked, innerStepSecondsUnchecked } from '../../../lib/sim/unchecked';
import type { AlgorithmId, DemoConfig } from '../../../lib/train';
import { scenarioById, scenarioStepConfig } from '../../../lib/widgets/presets';
import { wanInputs } from '../../shared/wan-inputs';
import type { TrainState } from './state';

/** The toy model and its batches: small enough that every algorithm trains in about a second. */
export const DEMO_MODEL = { context: 4, embed: 10, hidden: 48 } as const;
export const BATCH_PER_REPLICA = 16;
/** Streaming DiLoCo's fragments and the inner steps each exchange overlaps (assumed, as in the paper's small runs). */
export const STREAMING_FRAGMENTS = 4;
export const STREAMING_OVERLAP_STEPS = 1;
/**
 * Outer momentum. The paper's 0.9 is for hundreds of outer steps; with ten to a few dozen here, 0.8
 * measured better (algorithms.test.ts runs with it).
 */
export const OUTER_MOMENTUM = 0.8;
const CURVE_POINTS = 20;
const VALIDATION_WINDOWS = 256;

export function chosenAlgorithms(state: TrainState): AlgorithmId[] {
  const on: [boolean, AlgorithmId][] = [
    [state.dp, 'sync-dp'],
    [state.lsgd, 'local-sgd'],
    [state.diloco, 'diloco'],
    [state.sdiloco, 'streaming-diloco'],
    [state.async, 'async'],
  ];
  return on.filter(([flag]) => flag).map(([, id]) => id);
}

export function trainClock(state: TrainState): DemoConfig['clock'] {
  const preset = scenarioById(state.preset);
  const wan = wanInputs(preset, state);
  const step = scenarioStepConfig(preset, {
    distanceKm: wan.distanceKm,
    bandwidthBytesPerS: wan.bandwidthBytesPerS,
  });
  const routeFactor = step.wan?.routeFactor;
  return {
    innerStepS: innerStepSecondsUnchecked(step),
    systemParams: preset.model.params.value as number,
    wanBandwidthBytesPerS: wan.bandwidthBytesPerS,
    wanLatencyS: fiberLatencyMsUnchecked(wan.distanceKm, routeFactor) / 1000,
  };
}

export function trainDemoConfig(state: TrainState): DemoConfig {
  return {
    algorithms: chosenAlgorithms(state),
    sites: state.sites,
    replicasPerSite: state.replicas,
    batchPerReplica: BATCH_PER_REPLICA,
    steps: state.steps,
    innerStepsPerSync: Math.min(state.h, state.steps),
    innerLr: state.lr,
    outerLr: state.olr,
    outerMomentum: OUTER_MOMENTUM,
    fragments: STREAMING_FRAGMENTS,
    overlapSteps: STREAMING_OVERLAP_STEPS,
    int4: state.q4,
    seed: state.seed,
    iid: state.iid,
    model: DEMO_MODEL,
    evalEvery: Math.max(1, Math.round(state.steps / CURVE_POINTS)),
    validationWindows: VALIDATION_WINDOWS,
    clock: trainClock(state),
  };
}
