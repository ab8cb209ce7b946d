/**
 * Closed-form step time for sweeps, from the same costs as simulateStep.
 *
 * Pipeline. simulateStep's 1F1B schedule is a max-plus system: each stage runs its ops in a fixed
 * order, a boundary inside a site is a pure delay d, and a WAN boundary is a FIFO (occupancy o per
 * chunk, then the one-way latency L): a communication "stage". A stage's end is the longest path
 * through that graph. Every such path is a zig-zag: down with forwards, a "bottom turn" at stage t
 * (F(t,k) → B(t,k−w_t), w_t = p−1−t warm-up forwards), up with backwards, a "top turn" at stage s
 * (B(s,j) → F(s,j+w_s+1)), and so on; a turn pair (t, s) advances the chunk index by t−s+1, so the n
 * chunks are a budget the path spends. A round trip between s and t is worth c(f+b) + 2·D(s,t) for
 * c = t−s+1 chunks (D: one-way boundary delays between them), which is why a pipeline boundary on a
 * long WAN costs one round trip per c chunks; the bottleneck is the span with the most delay per
 * chunk (one stage per site: the round trip across all K−1 links, 2(K−1)/K one-way delays a chunk). Spare budget goes to warm-up chains (f each, or o each through a WAN FIFO), a shifted
 * turn, or the backward FIFO (o each). The maximum over these families, with turns only at the
 * stages where the delays change, is the step's pipeline phase. Each family is a real path of the
 * graph, so the result never exceeds simulateStep's; step-analytic.test.ts bounds the gap.
 *
 * Gradients. A stage's buckets are ready every window/buckets during its last v backwards; inside a
 * site they flow through reduce-scatter (and, without ZeRO, all-gather) as a flow shop (makespan = sum
 * of the stage times + (buckets−1) × the slowest); ZeRO's weight gather leads the next step instead. Over the WAN all stages share one FIFO, whose requests are the
 * union of p arithmetic series; it is evaluated as a max-plus scan over the p·buckets ready times.
 */
import {
  type StepConfigInput,
  type StepCosts,
  type StepSummary,
  stepCosts,
  summarise,
  withStepDefaults,
} from './step-config';

/** analyticStep without parsing: for a config bounded at the edge (step-checked.ts has the checked one). */
export function analyticStepUnchecked(input: StepConfigInput): StepSummary {
  return analyticCosts(stepCosts(withStepDefaults(input)));
}

interface Pipe {
  p: number;
  n: number;
  f: number;
  b: number;
  /** Boundary delay inside a site. */
  d: number;
  /** WAN boundaries, ascending; each is a FIFO of occupancy o then latency L. */
  wan: readonly number[];
  o: number;
  latencyS: number;
}

/** The path families for one stage e, as methods rather than per-call closures (sweeps call this a lot). */
class Paths {
  readonly k: Pipe;
  readonly e: number;
  best = 0;
  /** Delay of boundaries 1..x, and WAN boundaries among them, for every stage x. */
  readonly delayTo: Float64Array;
  readonly wanTo: Int32Array;
  constructor(k: Pipe, e: number) {
    this.k = k;
    this.e = e;
    const { p, d, wan } = k;
    this.delayTo = new Float64Array(p);
    this.wanTo = new Int32Array(p);
    let next = 0;
    for (let x = 1; x < p; x++) {
      const isWan = next < wan.length && wan[next] === x;
      if (isWan) next++;
      this.wanTo[x] = next;
      this.delayTo[x] = (this.delayTo[x - 1] as number) + (isWan ? k.o + k.latencyS : d);
    }
  }
  wanUpTo(x: number): number {
    return this.wanTo[x] as number;
  }
  /** One-way delay of the boundaries between stages a and c (a ≤ c). */
  D(a: number, c: number): number {
    return c <= a ? 0 : (this.delayTo[c] as number) - (this.delayTo[a] as number);
  }
  w(x: number): number {
    return this.k.p - 1 - x;
  }
  /** Up from bottom turn x to top turn s, then down to bottom turn y. */
  tr(x: number, s: number, y: number): number {
    const { f, b } = this.k;
    return (x - s + 1) * b + this.D(s, x) + (y - s + 1) * f + this.D(s, y);
  }
  /** From B(tz, j): up to stage e, then the rest of the chunks on stage e's own order or a WAN FIFO. */
  tail(tz: number, j: number): number {
    const { n, p, f, b, o } = this.k;
    const e = this.e;
    const up = (tz - e + 1) * b + this.D(e, tz);
    const left = n - 1 - j;
    const chain = left * b + Math.max(0, n - (p - e) - j) * f;
    const link = this.wanUpTo(tz) > this.wanUpTo(e) ? left * Math.max(o, b) : 0;
    return up + Math.max(chain, link);
  }
  /** A warm-up forward before the first bottom turn t1: f, or o when it queues at a WAN FIFO above t1. */
  warmUnit(t1: number): number {
    return this.wanUpTo(t1) > 0 ? Math.max(this.k.f, this.k.o) : this.k.f;
  }
  /** Down to the first bottom turn t1 after its w(t1) warm-up forwards. */
  head(t1: number): number {
    return (t1 + 1) * this.k.f + this.D(0, t1) + this.w(t1) * this.warmUnit(t1);
  }
  keep(x: number): void {
    if (x > this.best) this.best = x;
  }
  /** Spread the spare budget r by deepening the first middle bottom turns. */
  deepened(t1: number, s: number, t: number, tR: number, m: number, r: number): number {
    const { p, n } = this.k;
    let left = r;
    let weight = 0;
    let prev = t1;
    let chunk = this.w(t1);
    for (let i = 1; i < m; i++) {
      const add = Math.min(left, p - 1 - t);
      left -= add;
      weight += this.tr(prev, s, t + add);
      chunk += prev - s + 1;
      prev = t + add;
      if (left === 0 && add === 0) {
        weight += (m - 1 - i) * this.tr(t, s, t);
        chunk += (m - 1 - i) * (t - s + 1);
        break;
      }
    }
    weight += this.tr(prev, s, tR);
    chunk += prev - s + 1;
    return chunk <= n - 1 ? weight + this.tail(tR, chunk - this.w(tR)) : 0;
  }
}

function addCandidate(list: number[], x: number, p: number): void {
  if (x >= 0 && x < p && !list.includes(x)) list.push(x);
}

/** End of stage e's last backward: the longest zig-zag path through the 1F1B graph (see above). */
export function pipelineEnd(k: Pipe, e: number): number {
  const { p, n, f, b, wan } = k;
  const P = new Paths(k, e);
  // Turns need only be tried where the delays change, at the ends, and where the budget runs out.
  const C: number[] = [];
  addCandidate(C, 0, p);
  addCandidate(C, e, p);
  addCandidate(C, p - 1, p);
  addCandidate(C, p - n, p);
  addCandidate(C, p - n + 1, p);
  for (const x of wan) {
    addCandidate(C, x - 1, p);
    addCandidate(C, x, p);
  }
  C.sort(ascending);
  for (const t1 of C) {
    const k1 = P.w(t1);
    if (t1 < e || k1 > n - 1) continue;
    const head = P.head(t1);
    P.keep(head + P.tail(t1, 0));
    P.keep(head + (n - 1 - k1) * P.warmUnit(t1) + P.tail(t1, n - 1 - k1));
  }
  // Then rounds of the cycle (s, t), entered from t1 = t or from the last stage.
  for (const s of C) {
    for (const t of C) {
      if (t < s) continue;
      const c = t - s + 1;
      for (let first = 0; first < 2; first++) {
        const t1 = first === 0 ? t : p - 1;
        if (first === 1 && t === p - 1) continue;
        const k1 = P.w(t1);
        const kb = k1 + (t1 - s + 1);
        if (kb > n - 1) continue;
        const uF = P.warmUnit(t1);
        const head = P.head(t1);
        const mMax = 1 + Math.floor((n - 1 - kb) / c);
        for (let which = 0; which < 3; which++) {
          // The last bottom turn: the cycle's own, the last stage, or stage e itself.
          const tR = which === 0 ? t : which === 1 ? p - 1 : e;
          if (tR < e || (which === 1 && t === p - 1) || (which === 2 && (e === t || e === p - 1))) continue;
          for (let m = Math.max(1, mMax - 1); m <= mMax; m++) {
            const kR = kb + (m - 1) * c;
            const r = n - 1 - kR;
            const wR = P.w(tR);
            const base = head + (m === 1 ? P.tr(t1, s, tR) : P.tr(t1, s, t) + (m - 2) * P.tr(t, s, t) + P.tr(t, s, tR));
            // Spare budget r: shift one top turn up, more warm-up, or one extra shorter round.
            const l1 = Math.min(r, s);
            P.keep(base + l1 * (f + b) + 2 * P.D(s - l1, s) + P.tail(tR, kR - wR + l1));
            P.keep(base + r * uF + P.tail(tR, kR + r - wR));
            if (r > 0 && r <= t1 + 1) P.keep(base + P.tr(t1, t1 + 1 - r, t1) + P.tail(tR, kR + r - wR));
            if (r > 0 && m >= 2) {
              if (r <= t + 1) P.keep(base + P.tr(t, t + 1 - r, t) + P.tail(tR, kR + r - wR));
              const tp = Math.min(t, s + r - 1);
              P.keep(base - P.tr(t, s, tR) + P.tr(t, s, tp) + P.tr(tp, s, tR) + P.tail(tR, kR + (tp - s + 1) - wR));
              if (t < p - 1) P.keep(P.deepened(t1, s, t, tR, m, r) + head);
            }
          }
        }
      }
    }
  }
  return P.best;
}

/**
 * Sorts p series of nb ready times, stage p-1 (earliest) last in the array as built. Stages start one
 * backward apart, so a series overlaps few others: reversed series order plus insertion sort costs
 * about P × overlap, far below a general sort for the usual layouts; wide overlaps use the native sort.
 */
function sortReadyTimes(ready: Float64Array, p: number, nb: number, step: number, stagger: number): void {
  const overlap = Math.ceil(((nb - 1) * step) / Math.max(stagger, 1e-30)) + 1;
  if (overlap * nb > 64) {
    ready.sort();
    return;
  }
  ready.reverse();
  // Each series is now descending; flip each back to ascending, then insertion-sort the few inversions.
  for (let s = 0; s < p; s++) ready.subarray(s * nb, (s + 1) * nb).reverse();
  for (let i = 1; i < ready.length; i++) {
    const x = ready[i] as number;
    let j = i - 1;
    while (j >= 0 && (ready[j] as number) > x) {
      ready[j + 1] = ready[j] as number;
      j--;
    }
    ready[j + 1] = x;
  }
}

function ascending(a: number, b: number): number {
  return a - b;
}

export function analyticCosts(k: StepCosts): StepSummary {
  const c = k.config;
  const p = k.stages;
  const n = k.chunks;
  const b = k.backwardS;
  const pipe: Pipe = {
    p,
    n,
    f: k.forwardS,
    b,
    d: k.p2pS,
    wan: k.wanBoundaries,
    o: k.wanP2pBytes / k.wanBytesPerS,
    latencyS: k.wanOneWayS,
  };
  // Every stage waits for the same all-gather lead, so the whole pipeline shifts by it.
  const stage0End = k.allGatherLeadS + pipelineEnd(pipe, 0);

  const nb = c.buckets;
  const v = c.layout.interleave;
  const window = Math.min(v, n) * b;
  const d = window / nb;
  const rs = k.bucketReduceScatterS;
  const ag = k.bucketAllGatherS;
  const occ = k.bucketWanBytes / k.wanBytesPerS;
  const lag = k.bucketWanBytes > 0 ? k.wanAllReduceLatencyS : 0;
  const step = Math.max(d, rs);
  // Stage 0 ends last and every stage's gradient work is the same, so without a shared link stage 0
  // sets the step: its buckets through reduce-scatter (and all-gather) as a flow shop.
  const release = stage0End - window + d;
  let end =
    k.sharding === 'none'
      ? release + rs + occ + lag + ag + (nb - 1) * Math.max(d, rs, occ, ag) + k.optimizerS
      : release + rs + occ + lag + (nb - 1) * Math.max(d, rs, occ) + k.optimizerS;
  if (occ > 0) {
    // One WAN FIFO for all stages. Stage s's requests are the arithmetic series first(s) + j·step, one
    // backward (and boundary) later per stage up the pipeline; the series interleave, so the FIFO is
    // evaluated exactly: sort the p·nb ready times and take the running max of ready and link-free.
    const total = p * nb;
    const ready = new Float64Array(total);
    let first = release + rs;
    for (let s = 0; s < p; s++) {
      if (s > 0) first -= b + (k.wanBoundaries.includes(s) ? pipe.o + pipe.latencyS : pipe.d);
      for (let j = 0; j < nb; j++) ready[s * nb + j] = first + j * step;
    }
    if (k.sharding !== 'none') {
      // Every stage ends with the same optimizer and all-gathers: only the link's last bucket matters.
      sortReadyTimes(ready, p, nb, step, b);
      let linkFree = 0;
      for (let i = 0; i < total; i++) linkFree = Math.max(linkFree, ready[i] as number) + occ;
      end = Math.max(end, linkFree + lag + k.optimizerS);
    } else {
      // Each bucket is all-gathered as it arrives, so every stage's own buckets matter.
      const order = new Uint32Array(total);
      for (let i = 0; i < total; i++) order[i] = i;
      order.sort((x, y) => (ready[x] as number) - (ready[y] as number) || x - y);
      const done = new Float64Array(total);
      let linkFree = 0;
      for (const r of order) {
        linkFree = Math.max(linkFree, ready[r] as number) + occ;
        done[r] = linkFree + lag;
      }
      for (let s = 0; s < p; s++) {
        let t = 0;
        for (let j = 0; j < nb; j++) t = Math.max(t, done[s * nb + j] as number) + ag;
        end = Math.max(end, t + k.optimizerS);
      }
    }
  }
  const wanPipelineBytes = 2 * k.wanBoundaries.length * n * k.wanP2pBytes;
  const wanGradientBytes = c.sites * k.bucketWanBytes * nb * p;
  return summarise(k, end, wanPipelineBytes + wanGradientBytes, stage0End);
}
