/** Synchronous data parallel: every inner step, the sites average their gradients over the WAN. */
import { innerOptimizer } from '../optim';
import {
  type AlgorithmRun,
  averageGradients,
  createSites,
  type OnPoint,
  siteGradient,
  Tracker,
  type TrainSetup,
} from '../setup';
import { roundTrip } from '../wire';

export function trainSyncDp(setup: TrainSetup, onPoint?: OnPoint): AlgorithmRun {
  const params = Float32Array.from(setup.init);
  const opt = innerOptimizer(setup.inner.kind, params.length, setup.inner.lr);
  const sites = createSites(setup);
  const mean = new Float64Array(params.length);
  const track = new Tracker(setup, onPoint);
  track.maybeRecord(0, params);
  for (let t = 1; t <= setup.steps; t++) {
    for (const site of sites) siteGradient(setup, site, params);
    averageGradients(sites, mean, (g) => roundTrip(setup.wire, g));
    track.computeStep();
    track.sync(params.length);
    opt.step(params, mean);
    track.maybeRecord(t, params);
  }
  return track.finish(params);
}
