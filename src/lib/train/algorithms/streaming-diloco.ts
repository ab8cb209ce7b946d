/**
 * Streaming DiLoCo (Douillard et al. 2025): the weights are split into fragments that synchronise in
 * turn, staggered across the H steps, so only one fragment is on the wire at a time; each exchange
 * overlaps `overlapSteps` inner steps of compute, after which the sites merge the new global fragment
 * with what they trained meanwhile; values may travel as 4-bit integers.
 */
import { nesterov } from '../optim';
import { type AlgorithmRun, type OnPoint, Tracker, type TrainSetup } from '../setup';
import type { WireFormat } from '../wire';
import type { OuterSettings } from './diloco';
import { createReplicas, innerStep, meanDifference } from './replicas';

export interface StreamingSettings extends OuterSettings {
  fragments: number;
  overlapSteps: number;
  wire: WireFormat;
}

/** The paper's mixing factor: with overlap, keep half of what the site trained while the fragment was away. */
const MERGE_LOCAL_WEIGHT = 0.5;

interface InFlight {
  arriveAt: number;
  from: number;
  to: number;
}

export function trainStreamingDiloco(setup: TrainSetup, o: StreamingSettings, onPoint?: OnPoint): AlgorithmRun {
  const global = Float32Array.from(setup.init);
  const size = global.length;
  const fragments = Math.max(1, Math.min(o.fragments, o.innerStepsPerSync, size));
  const bounds = Array.from({ length: fragments + 1 }, (_, p) => Math.floor((p * size) / fragments));
  const offsets = Array.from({ length: fragments }, (_, p) => Math.floor((p * o.innerStepsPerSync) / fragments));
  const overlap = Math.max(0, Math.min(Math.round(o.overlapSteps), o.innerStepsPerSync - 1));
  const alpha = overlap > 0 ? MERGE_LOCAL_WEIGHT : 0;
  const opt = nesterov(size, o.outerLr, o.outerMomentum);
  const replicas = createReplicas(setup);
  const track = new Tracker(setup, onPoint);
  const inFlight: InFlight[] = [];
  const land = (f: InFlight) => {
    for (const r of replicas)
      for (let i = f.from; i < f.to; i++)
        r.params[i] = alpha * (r.params[i] as number) + (1 - alpha) * (global[i] as number);
  };
  const send = (t: number, from: number, to: number, last: boolean) => {
    opt.step(global, meanDifference(global, replicas, from, to, o.wire), from, to);
    track.sync(to - from, last ? 0 : overlap * setup.clock.innerStepS, o.wire);
    const f = { arriveAt: last ? t : t + overlap, from, to };
    if (f.arriveAt === t) land(f);
    else inFlight.push(f);
  };
  track.maybeRecord(0, global);
  for (let t = 1; t <= setup.steps; t++) {
    innerStep(setup, replicas);
    track.computeStep();
    for (let i = inFlight.length - 1; i >= 0; i--) {
      const f = inFlight[i] as InFlight;
      if (f.arriveAt <= t) {
        land(f);
        inFlight.splice(i, 1);
      }
    }
    const last = t === setup.steps;
    for (let p = 0; p < fragments; p++) {
      if (last || (t - (offsets[p] as number)) % o.innerStepsPerSync === 0)
        send(t, bounds[p] as number, bounds[p + 1] as number, last);
    }
    track.maybeRecord(t, global);
  }
  return track.finish(global);
}
