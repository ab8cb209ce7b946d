/**
 * Weeks of training with failures, simulated event by event (never a fixed time step, so months on a
 * million GPUs stay a few thousand events). One seeded stream of faults (Poisson in time at Llama 3's
 * per-GPU and per-node rates, each at a GPU drawn uniformly) and an optional site outage hit three
 * policies alike; each policy decides what a fault takes down and what it loses:
 *
 * - `stall`: synchronous training restarts from the last checkpoint; every fault stops every GPU.
 * - `reduced-dp`: synchronous but elastic; the data-parallel replica holding the fault (or every
 *   replica of a dark site) drops out, the others pause to regroup and go on at a reduced rate, and
 *   the replica rejoins after a restart. Nothing is lost while one replica survives.
 * - `decoupled`: DiLoCo-style learners, each checkpointing and restarting alone (Decoupled DiLoCo's
 *   independent learners); a fault costs only its learner. The outer exchanges' traffic is chapter 6's
 *   subject and is not counted here, nor are the effects of a smaller batch on the model's quality.
 *
 * Work is counted in full-cluster seconds: one second of every GPU training. Goodput = work / wall clock.
 */
import { figureMidpoint } from '../data/provenance';
import { failureReferences } from '../payload';
import { createRng } from '../train/prng';
import { failureDomainsUnchecked, jobMtbfSUnchecked, youngDalyUnchecked } from './failure-rates';
import { PARAMS } from './params';

export const FAILURE_POLICIES = ['stall', 'reduced-dp', 'decoupled'] as const;
export type FailurePolicy = (typeof FAILURE_POLICIES)[number];

export interface SiteOutage {
  /** Which site (0-based) goes dark, when, and for how long. */
  site: number;
  startS: number;
  durationS: number;
}

export interface FailureSimConfig {
  gpus: number;
  /** The system (hardware.json id): its host size sets the per-node failure count. */
  gpu: string;
  sites: number;
  /** GPUs of one data-parallel replica (its tensor × pipeline group): what `reduced-dp` drops. */
  replicaGpus: number;
  /** Independent learners per site for `decoupled`. */
  learnersPerSite: number;
  durationS: number;
  checkpointIntervalS: number;
  seed: number;
  outage?: SiteOutage | null | undefined;
  checkpointWriteS?: number | undefined;
  restartS?: number | undefined;
  reconfigureS?: number | undefined;
  gpuFailuresPerGpuHour?: number | undefined;
  nodeFailuresPerNodeHour?: number | undefined;
  /** Points per curve, evenly in time (more are added around each fault when there are few). */
  samples?: number | undefined;
}

export interface WorkPoint {
  timeS: number;
  /** Useful work so far, in full-cluster seconds (work lost to a failure is taken back). */
  workS: number;
}

export interface PolicyRun {
  policy: FailurePolicy;
  goodput: number;
  workS: number;
  /** Work done and then thrown away by restarts from a checkpoint. */
  lostWorkS: number;
  curve: WorkPoint[];
}

export interface FailureSimResult {
  jobMtbfS: number;
  youngDalyS: number;
  checkpointWriteS: number;
  restartS: number;
  reconfigureS: number;
  domains: { nodeGpus: number; rackGpus: number; replicaGpus: number; learnerGpus: number; siteGpus: number };
  /** Faults that hit live hardware (those in a dark site are not counted). */
  faultTimesS: number[];
  runs: Record<FailurePolicy, PolicyRun>;
}

/** A group of GPUs that computes, checkpoints and restarts together, `weight` its share of the cluster. */
interface Unit {
  weight: number;
  /** Time into the current cycle of tau computing then C writing a checkpoint. */
  cyclePos: number;
  work: number;
  saved: number;
  upAt: number;
  lastT: number;
}

const newUnit = (weight: number): Unit => ({ weight, cyclePos: 0, work: 0, saved: 0, upAt: 0, lastT: 0 });

/** Computing time within the first x seconds of back-to-back cycles (tau computing, then a write). */
function computedIn(x: number, tau: number, period: number): number {
  const k = Math.floor(x / period);
  return k * tau + Math.min(x - k * period, tau);
}

interface Timing {
  tau: number;
  period: number;
}

/** Runs a unit up to time t in closed form, however many checkpoint cycles that spans. */
function advance(u: Unit, t: number, { tau, period }: Timing): void {
  const from = Math.max(u.lastT, u.upAt);
  if (t > from) {
    const total = u.cyclePos + (t - from);
    const before = computedIn(u.cyclePos, tau, period);
    const cycles = Math.floor(total / period);
    if (cycles > 0) u.saved = u.work + u.weight * (cycles * tau - before);
    u.work += u.weight * (computedIn(total, tau, period) - before);
    u.cyclePos = total - cycles * period;
  }
  u.lastT = Math.max(u.lastT, t);
}

/** Back to the last checkpoint; returns the work thrown away. */
function rollBack(u: Unit): number {
  const lost = u.work - u.saved;
  u.work = u.saved;
  u.cyclePos = 0;
  return lost;
}

interface Layout {
  gpus: number;
  sites: number;
  siteGpus: number;
  /** Groups per site (replicas or learners): a GPU's group is its site's share it falls in. */
  groupOf(gpu: number, perSite: number): number;
}

function layoutOf(c: FailureSimConfig): Layout {
  const siteGpus = c.gpus / c.sites;
  return {
    gpus: c.gpus,
    sites: c.sites,
    siteGpus,
    groupOf(gpu, perSite) {
      const site = Math.min(c.sites - 1, Math.floor(gpu / siteGpus));
      const inSite = Math.min(perSite - 1, Math.floor(((gpu - site * siteGpus) / siteGpus) * perSite));
      return site * perSite + Math.max(0, inSite);
    },
  };
}

/** What a policy does at each kind of event; `units` are what its useful work is summed over. */
interface PolicyModel {
  units: Unit[];
  lost: number;
  onFault(t: number, gpu: number): void;
  onOutageStart(t: number, o: SiteOutage): void;
  onOutageEnd(t: number, o: SiteOutage): void;
}

interface Scheduler {
  at(t: number, run: () => void): void;
}

interface Costs {
  timing: Timing;
  restartS: number;
  reconfigureS: number;
}

function stallModel(k: Costs): PolicyModel {
  const u = newUnit(1);
  const m: PolicyModel = {
    units: [u],
    lost: 0,
    onFault(t) {
      advance(u, t, k.timing);
      if (t >= u.upAt) m.lost += rollBack(u);
      u.upAt = Math.max(u.upAt, t + k.restartS);
    },
    onOutageStart(t, o) {
      advance(u, t, k.timing);
      m.lost += rollBack(u);
      u.upAt = Math.max(u.upAt, o.startS + o.durationS + k.restartS);
    },
    onOutageEnd() {},
  };
  return m;
}

function reducedDpModel(k: Costs, layout: Layout, replicaGpus: number, schedule: Scheduler): PolicyModel {
  const perSite = Math.max(1, Math.floor(layout.siteGpus / replicaGpus));
  const replicas = perSite * layout.sites;
  const down = new Uint8Array(replicas);
  let alive = replicas;
  const u = newUnit(1);
  const regroup = (t: number, change: number) => {
    advance(u, t, k.timing);
    alive += change;
    u.weight = alive / replicas;
    u.upAt = Math.max(u.upAt, t + k.reconfigureS);
  };
  // With no survivor left there is no one to regroup: the job restarts from its checkpoint.
  const restartAll = (t: number, upAt: number) => {
    advance(u, t, k.timing);
    if (t >= u.upAt) m.lost += rollBack(u);
    u.upAt = Math.max(u.upAt, upAt);
  };
  const setSite = (site: number, value: 0 | 1): number => {
    let changed = 0;
    for (let r = site * perSite; r < (site + 1) * perSite; r++) {
      if (down[r] !== value) {
        down[r] = value;
        changed++;
      }
    }
    return changed;
  };
  let darkSite = -1;
  const m: PolicyModel = {
    units: [u],
    lost: 0,
    onFault(t, gpu) {
      const r = layout.groupOf(gpu, perSite);
      if (down[r]) return;
      if (alive <= 1) return restartAll(t, t + k.restartS);
      down[r] = 1;
      regroup(t, -1);
      schedule.at(t + k.restartS, () => {
        if (!down[r] || Math.floor(r / perSite) === darkSite) return;
        down[r] = 0;
        regroup(t + k.restartS, +1);
      });
    },
    onOutageStart(t, o) {
      const inSite = (o.site + 1) * perSite - o.site * perSite;
      let downInSite = 0;
      for (let r = o.site * perSite; r < (o.site + 1) * perSite; r++) downInSite += down[r] ?? 0;
      if (alive - (inSite - downInSite) <= 0) return restartAll(t, o.startS + o.durationS + k.restartS);
      darkSite = o.site;
      regroup(t, -setSite(o.site, 1));
    },
    onOutageEnd(t, o) {
      if (darkSite !== o.site) return;
      darkSite = -1;
      schedule.at(t + k.restartS, () => regroup(t + k.restartS, setSite(o.site, 0)));
    },
  };
  return m;
}

function decoupledModel(k: Costs, layout: Layout, perSite: number): PolicyModel {
  const learners = Array.from({ length: perSite * layout.sites }, () => newUnit(1 / (perSite * layout.sites)));
  const stop = (u: Unit, t: number, upAt: number) => {
    advance(u, t, k.timing);
    if (t >= u.upAt) m.lost += rollBack(u);
    u.upAt = Math.max(u.upAt, upAt);
  };
  const m: PolicyModel = {
    units: learners,
    lost: 0,
    onFault(t, gpu) {
      const u = learners[layout.groupOf(gpu, perSite)];
      if (u) stop(u, t, t + k.restartS);
    },
    onOutageStart(t, o) {
      for (const u of learners.slice(o.site * perSite, (o.site + 1) * perSite))
        stop(u, t, o.startS + o.durationS + k.restartS);
    },
    onOutageEnd() {},
  };
  return m;
}

interface Faults {
  timeS: Float64Array;
  gpu: Int32Array;
  count: number;
}

/**
 * The seeded fault stream: exponential gaps of mean M, each at a uniformly drawn GPU; faults in a site
 * while it is dark are dropped (its hardware is off). Typed arrays: a million GPUs over months is
 * tens of thousands of faults.
 */
function drawFaults(c: FailureSimConfig, mtbfS: number): Faults {
  const rng = createRng(c.seed, 13);
  const capacity = Math.ceil((c.durationS / mtbfS) * 1.2 + 64);
  let timeS = new Float64Array(capacity);
  let gpu = new Int32Array(capacity);
  let count = 0;
  for (let t = -Math.log(1 - rng.next()) * mtbfS; t < c.durationS; t += -Math.log(1 - rng.next()) * mtbfS) {
    const g = rng.int(c.gpus);
    if (inDarkSite(c, t, g)) continue;
    if (count === timeS.length) {
      timeS = Float64Array.from({ length: count * 2 }, (_, i) => timeS[i] ?? 0);
      gpu = Int32Array.from({ length: count * 2 }, (_, i) => gpu[i] ?? 0);
    }
    timeS[count] = t;
    gpu[count] = g;
    count++;
  }
  return { timeS, gpu, count };
}

interface Pending {
  t: number;
  run: () => void;
}

function runPolicy(policy: FailurePolicy, c: FailureSimConfig, costs: Costs, faults: Faults): PolicyRun {
  const layout = layoutOf(c);
  const pending: Pending[] = [];
  const scheduler: Scheduler = {
    at(t, run) {
      let i = pending.length;
      while (i > 0 && (pending[i - 1]?.t ?? 0) > t) i--;
      pending.splice(i, 0, { t, run });
    },
  };
  const model =
    policy === 'stall'
      ? stallModel(costs)
      : policy === 'reduced-dp'
        ? reducedDpModel(costs, layout, Math.min(c.replicaGpus, layout.siteGpus), scheduler)
        : decoupledModel(costs, layout, c.learnersPerSite);
  const o = c.outage;
  if (o && o.startS < c.durationS) {
    scheduler.at(o.startS, () => model.onOutageStart(o.startS, o));
    scheduler.at(o.startS + o.durationS, () => model.onOutageEnd(o.startS + o.durationS, o));
  }
  const samples = c.samples ?? 160;
  const around = faults.count <= 300;
  const curve: WorkPoint[] = [];
  const workAt = (t: number) => {
    let w = 0;
    for (const u of model.units) {
      advance(u, t, costs.timing);
      w += u.work;
    }
    return w;
  };
  let fi = 0;
  let si = 0;
  for (;;) {
    const tf = fi < faults.count ? (faults.timeS[fi] ?? Infinity) : Infinity;
    const tp = pending[0]?.t ?? Infinity;
    const ts = si <= samples ? (c.durationS * si) / samples : Infinity;
    const t = Math.min(tf, tp, ts);
    if (t === Infinity) break;
    if (t === ts && ts <= tf && ts <= tp) {
      curve.push({ timeS: t, workS: workAt(t) });
      si++;
      continue;
    }
    if (around) curve.push({ timeS: t, workS: workAt(t) });
    if (tp <= tf) pending.shift()?.run();
    else {
      model.onFault(tf, faults.gpu[fi] ?? 0);
      fi++;
    }
    if (around) curve.push({ timeS: t, workS: workAt(t) });
  }
  const workS = workAt(c.durationS);
  return { policy, goodput: workS / c.durationS, workS, lostWorkS: model.lost, curve };
}

/** Whether a fault at time t falls in the site that is dark then (its hardware is off: no fault). */
function inDarkSite(c: FailureSimConfig, t: number, gpu: number): boolean {
  const o = c.outage;
  if (!o || t < o.startS || t >= o.startS + o.durationS) return false;
  return Math.min(c.sites - 1, Math.floor(gpu / (c.gpus / c.sites))) === o.site;
}

export function simulateFailuresUnchecked(c: FailureSimConfig): FailureSimResult {
  const mtbfS = jobMtbfSUnchecked(c.gpus, {
    gpu: c.gpu,
    gpuFailuresPerGpuHour: c.gpuFailuresPerGpuHour,
    nodeFailuresPerNodeHour: c.nodeFailuresPerNodeHour,
  });
  const checkpointWriteS = c.checkpointWriteS ?? PARAMS.checkpointWriteS;
  const restartS = c.restartS ?? PARAMS.restartS;
  const reconfigureS = c.reconfigureS ?? figureMidpoint(failureReferences.elasticReconfigureS);
  const tau = Math.max(1, c.checkpointIntervalS);
  const costs: Costs = { timing: { tau, period: tau + checkpointWriteS }, restartS, reconfigureS };
  const faults = drawFaults(c, mtbfS);
  const runs = Object.fromEntries(FAILURE_POLICIES.map((p) => [p, runPolicy(p, c, costs, faults)])) as Record<
    FailurePolicy,
    PolicyRun
  >;
  const siteGpus = c.gpus / c.sites;
  return {
    jobMtbfS: mtbfS,
    youngDalyS: youngDalyUnchecked(checkpointWriteS, mtbfS),
    checkpointWriteS,
    restartS,
    reconfigureS,
    domains: {
      ...failureDomainsUnchecked(c.gpu),
      replicaGpus: Math.min(c.replicaGpus, siteGpus),
      learnerGpus: siteGpus / c.learnersPerSite,
      siteGpus,
    },
    faultTimesS: Array.from(faults.timeS.subarray(0, faults.count)),
    runs,
  };
}
