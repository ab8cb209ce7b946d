/** What every algorithm shares: the task, the sites and their batches, the clock, and the curve. */
import { wanSyncBytesPerSite } from '../sim/wan-sync';
import type { SyncClock } from './clock';
import type { Corpus } from './corpus';
import { createScratch, lossAndGrad, type MlpLayout, type MlpScratch, meanLoss } from './mlp';
import type { InnerOptimizerKind } from './optim';
import { createRng, type Rng } from './prng';
import { type WireFormat, wireBytes } from './wire';

export interface TrainSetup {
  corpus: Corpus;
  layout: MlpLayout;
  /** Initial weights; every algorithm starts from the same ones. */
  init: Float32Array;
  sites: number;
  /** Windows per site per inner step (replicas in the site × batch per replica). */
  batchPerSite: number;
  /** Inner steps every site runs: equal tokens for every algorithm. */
  steps: number;
  seed: number;
  inner: { kind: InnerOptimizerKind; lr: number };
  wire: WireFormat;
  evalEvery: number;
  /** Validation windows for the curve. */
  validationAt: Uint32Array;
  clock: SyncClock;
}

export interface CurvePoint {
  step: number;
  tokens: number;
  timeS: number;
  /** Bytes each site has sent over the WAN so far (the toy model's). */
  wanBytes: number;
  validationLoss: number;
}

export interface AlgorithmRun {
  curve: CurvePoint[];
  params: Float32Array;
  timeS: number;
  computeS: number;
  wanBytes: number;
  syncs: number;
}

export type OnPoint = (point: CurvePoint) => void;

/** A site: its shard, its own random stream of windows and its gradient buffer. */
export interface Site {
  tokens: Uint8Array;
  rng: Rng;
  at: Uint32Array;
  grad: Float64Array;
  scratch: MlpScratch;
}

export function createSites(setup: TrainSetup): Site[] {
  return setup.corpus.shards.map((tokens, k) => ({
    tokens,
    rng: createRng(setup.seed, 1000 + k),
    at: new Uint32Array(setup.batchPerSite),
    grad: new Float64Array(setup.layout.size),
    scratch: createScratch(setup.layout),
  }));
}

/** Draws the site's next batch and leaves its mean gradient at `params` in site.grad. */
export function siteGradient(setup: TrainSetup, site: Site, params: Float32Array): number {
  const c = setup.layout.shape.context;
  const span = site.tokens.length - c;
  for (let b = 0; b < site.at.length; b++) site.at[b] = c + site.rng.int(span);
  site.grad.fill(0);
  return lossAndGrad(setup.layout, params, site.tokens, site.at, site.grad, site.scratch);
}

/** Evenly spaced validation windows: the same for every algorithm and seed. */
export function validationWindows(corpus: Corpus, context: number, count: number): Uint32Array {
  const span = corpus.validation.length - context;
  const at = new Uint32Array(Math.min(count, span));
  for (let i = 0; i < at.length; i++) at[i] = context + Math.floor((i * span) / at.length);
  return at;
}

/** Keeps the clock, the WAN bytes and the curve of one algorithm's run. */
export class Tracker {
  timeS = 0;
  computeS = 0;
  wanBytes = 0;
  syncs = 0;
  readonly curve: CurvePoint[] = [];
  private readonly scratch: MlpScratch;

  constructor(
    private readonly setup: TrainSetup,
    private readonly onPoint?: OnPoint,
  ) {
    this.scratch = createScratch(setup.layout);
  }

  computeStep(): void {
    this.timeS += this.setup.clock.innerStepS;
    this.computeS += this.setup.clock.innerStepS;
  }

  /** An exchange of `values` of the toy model (the same fraction of the system's), `hiddenS` of it overlapped. */
  sync(values: number, hiddenS = 0, wire: WireFormat = this.setup.wire): void {
    const fraction = values / this.setup.layout.size;
    this.timeS += Math.max(0, this.setup.clock.syncS(fraction, wire) - hiddenS);
    this.wanBytes += wanSyncBytesPerSite(this.setup.sites, wireBytes(wire, values));
    this.syncs += 1;
  }

  /** Counts the bytes of an exchange whose time is hidden entirely (asynchronous updates). */
  sendHidden(values: number): void {
    this.wanBytes += wanSyncBytesPerSite(this.setup.sites, wireBytes(this.setup.wire, values));
    this.syncs += 1;
  }

  maybeRecord(step: number, params: Float32Array): void {
    if (step % this.setup.evalEvery !== 0 && step !== this.setup.steps) return;
    const s = this.setup;
    const point: CurvePoint = {
      step,
      tokens: step * s.sites * s.batchPerSite,
      timeS: this.timeS,
      wanBytes: this.wanBytes,
      validationLoss: meanLoss(s.layout, params, s.corpus.validation, s.validationAt, this.scratch),
    };
    this.curve.push(point);
    this.onPoint?.(point);
  }

  finish(params: Float32Array): AlgorithmRun {
    return {
      curve: this.curve,
      params,
      timeS: this.timeS,
      computeS: this.computeS,
      wanBytes: this.wanBytes,
      syncs: this.syncs,
    };
  }
}

/** Mean of the sites' gradients into `out`, each decoded from the wire first. */
export function averageGradients(sites: readonly Site[], out: Float64Array, decode: (v: Float64Array) => void): void {
  out.fill(0);
  const w = 1 / sites.length;
  for (const site of sites) {
    decode(site.grad);
    for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) + (site.grad[i] as number) * w;
  }
}
