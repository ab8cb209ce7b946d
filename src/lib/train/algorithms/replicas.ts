/** Sites that train their own copy of the weights between exchanges (local SGD, DiLoCo, streaming). */
import { type InnerOptimizer, innerOptimizer } from '../optim';
import { createSites, type Site, siteGradient, type TrainSetup } from '../setup';
import { roundTrip, type WireFormat } from '../wire';

export interface Replica {
  site: Site;
  params: Float32Array;
  opt: InnerOptimizer;
}

export function createReplicas(setup: TrainSetup): Replica[] {
  return createSites(setup).map((site) => ({
    site,
    params: Float32Array.from(setup.init),
    opt: innerOptimizer(setup.inner.kind, setup.init.length, setup.inner.lr),
  }));
}

export function innerStep(setup: TrainSetup, replicas: readonly Replica[]): void {
  for (const r of replicas) {
    siteGradient(setup, r.site, r.params);
    r.opt.step(r.params, r.site.grad);
  }
}

/**
 * The mean over replicas of (reference − replica) on [from, to), each replica's difference decoded from
 * the wire: DiLoCo's outer gradient when `reference` is the global weights.
 */
export function meanDifference(
  reference: Float32Array,
  replicas: readonly Replica[],
  from: number,
  to: number,
  wire: WireFormat,
): Float64Array {
  const out = new Float64Array(to - from);
  const diff = new Float64Array(to - from);
  const w = 1 / replicas.length;
  for (const r of replicas) {
    for (let i = from; i < to; i++) diff[i - from] = Math.fround((reference[i] as number) - (r.params[i] as number));
    roundTrip(wire, diff);
    for (let i = 0; i < diff.length; i++) out[i] = (out[i] as number) + (diff[i] as number) * w;
  }
  return out;
}
