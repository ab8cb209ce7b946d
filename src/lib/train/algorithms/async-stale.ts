/**
 * Asynchronous updates: no site waits for the WAN, so each gradient is computed on weights that are
 * `staleness` steps older than synchronous training's (the exchange's time over the inner step's, at
 * least one; zero would be synchronous data parallel). Compute never stalls; the loss pays for the stale gradients instead.
 */
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

/** More history would only cost memory: at this staleness the demo's model stops learning anyway. */
export const MAX_STALENESS = 64;

export function stalenessSteps(setup: TrainSetup, floor = 1): number {
  const ratio = setup.clock.syncS(1, setup.wire) / setup.clock.innerStepS;
  return Math.max(floor, Math.min(MAX_STALENESS, Math.ceil(ratio)));
}

export function trainAsyncStale(
  setup: TrainSetup,
  onPoint?: OnPoint,
  staleness = stalenessSteps(setup),
): AlgorithmRun & { staleness: number } {
  const params = Float32Array.from(setup.init);
  const size = params.length;
  const opt = innerOptimizer(setup.inner.kind, size, setup.inner.lr);
  const sites = createSites(setup);
  // history[t % (s+1)] holds the weights after step t; gradients at step t read those after t−s.
  const history = Array.from({ length: staleness + 1 }, () => Float32Array.from(params));
  const mean = new Float64Array(size);
  const track = new Tracker(setup, onPoint);
  track.maybeRecord(0, params);
  for (let t = 1; t <= setup.steps; t++) {
    const seen = history[Math.max(0, t - 1 - staleness) % (staleness + 1)] as Float32Array;
    for (const site of sites) siteGradient(setup, site, seen);
    averageGradients(sites, mean, (g) => roundTrip(setup.wire, g));
    track.computeStep();
    track.sendHidden(size);
    opt.step(params, mean);
    (history[t % (staleness + 1)] as Float32Array).set(params);
    track.maybeRecord(t, params);
  }
  return { ...track.finish(params), staleness };
}
