/**
 * Local SGD (Stich 2019; Lin et al. 2020): each site steps its own copy with the inner optimiser and the
 * sites average their weights every H steps. Optimiser states stay local.
 */
import { type AlgorithmRun, type OnPoint, Tracker, type TrainSetup } from '../setup';
import { roundTrip } from '../wire';
import { createReplicas, innerStep } from './replicas';

export function trainLocalSgd(setup: TrainSetup, innerStepsPerSync: number, onPoint?: OnPoint): AlgorithmRun {
  const replicas = createReplicas(setup);
  const size = setup.init.length;
  const mean = new Float64Array(size);
  const sent = new Float64Array(size);
  const averaged = Float32Array.from(setup.init);
  const track = new Tracker(setup, onPoint);
  track.maybeRecord(0, averaged);
  for (let t = 1; t <= setup.steps; t++) {
    innerStep(setup, replicas);
    track.computeStep();
    if (t % innerStepsPerSync === 0 || t === setup.steps) {
      mean.fill(0);
      for (const r of replicas) {
        sent.set(r.params);
        roundTrip(setup.wire, sent);
        for (let i = 0; i < size; i++) mean[i] = (mean[i] as number) + (sent[i] as number) / replicas.length;
      }
      averaged.set(mean);
      for (const r of replicas) r.params.set(averaged);
      track.sync(size);
    }
    // Like DiLoCo, the model is the last averaged weights.
    track.maybeRecord(t, averaged);
  }
  return track.finish(averaged);
}
