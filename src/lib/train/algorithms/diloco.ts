/**
 * DiLoCo (Douillard et al. 2023): H inner steps of AdamW on each site's copy, then the outer gradient,
 * the global weights minus the sites' mean, is applied with Nesterov momentum and sent back to all.
 */
import { nesterov } from '../optim';
import { type AlgorithmRun, type OnPoint, Tracker, type TrainSetup } from '../setup';
import { createReplicas, innerStep, meanDifference } from './replicas';

export interface OuterSettings {
  innerStepsPerSync: number;
  outerLr: number;
  outerMomentum: number;
}

export function trainDiloco(setup: TrainSetup, outer: OuterSettings, onPoint?: OnPoint): AlgorithmRun {
  const global = Float32Array.from(setup.init);
  const size = global.length;
  const opt = nesterov(size, outer.outerLr, outer.outerMomentum);
  const replicas = createReplicas(setup);
  const track = new Tracker(setup, onPoint);
  track.maybeRecord(0, global);
  for (let t = 1; t <= setup.steps; t++) {
    innerStep(setup, replicas);
    track.computeStep();
    if (t % outer.innerStepsPerSync === 0 || t === setup.steps) {
      opt.step(global, meanDifference(global, replicas, 0, size, setup.wire), 0, size);
      for (const r of replicas) r.params.set(global);
      track.sync(size);
    }
    // The model DiLoCo ships is the global one; between syncs it is the last synchronised weights.
    track.maybeRecord(t, global);
  }
  return track.finish(global);
}
