/**
 * A character-level language model small enough to train in a Web Worker in seconds: Bengio et al.'s
 * (2003) MLP over a window of the previous characters. Embedding → concatenate → tanh hidden layer →
 * softmax over the vocabulary. All parameters live in one Float32Array, so averaging replicas, outer
 * gradients, fragments and quantisation are plain loops over one vector. Backward pass written by hand
 * and checked against finite differences (mlp.test.ts).
 */
import type { Rng } from './prng';

export interface MlpShape {
  vocab: number;
  context: number;
  embed: number;
  hidden: number;
}

export interface MlpLayout {
  shape: MlpShape;
  size: number;
  emb: number;
  w1: number;
  b1: number;
  w2: number;
  b2: number;
}

export function mlpLayout(shape: MlpShape): MlpLayout {
  const { vocab: v, context: c, embed: d, hidden: h } = shape;
  const emb = 0;
  const w1 = emb + v * d;
  const b1 = w1 + c * d * h;
  const w2 = b1 + h;
  const b2 = w2 + h * v;
  return { shape, emb, w1, b1, w2, b2, size: b2 + v };
}

/** Scaled normal initialisation (fan-in), so tanh starts in its linear range. */
export function initParams(layout: MlpLayout, rng: Rng): Float32Array {
  const { vocab: v, context: c, embed: d, hidden: h } = layout.shape;
  const p = new Float32Array(layout.size);
  for (let i = 0; i < v * d; i++) p[layout.emb + i] = rng.normal();
  const s1 = 1 / Math.sqrt(c * d);
  for (let i = 0; i < c * d * h; i++) p[layout.w1 + i] = rng.normal() * s1;
  const s2 = 0.1 / Math.sqrt(h);
  for (let i = 0; i < h * v; i++) p[layout.w2 + i] = rng.normal() * s2;
  return p;
}

/** Scratch buffers for one example, allocated once per model. */
export interface MlpScratch {
  e: Float64Array;
  hid: Float64Array;
  logits: Float64Array;
  dh: Float64Array;
  de: Float64Array;
}

export function createScratch(layout: MlpLayout): MlpScratch {
  const { vocab: v, context: c, embed: d, hidden: h } = layout.shape;
  return {
    e: new Float64Array(c * d),
    hid: new Float64Array(h),
    logits: new Float64Array(v),
    dh: new Float64Array(h),
    de: new Float64Array(c * d),
  };
}

/** Forward pass of one window ending before `tokens[at]`; returns the loss in nats and leaves softmax in logits. */
function forward(layout: MlpLayout, p: Float32Array, tokens: Uint8Array, at: number, s: MlpScratch): number {
  const { vocab: v, context: c, embed: d, hidden: h } = layout.shape;
  const { e, hid, logits } = s;
  for (let k = 0; k < c; k++) {
    const row = layout.emb + (tokens[at - c + k] as number) * d;
    for (let j = 0; j < d; j++) e[k * d + j] = p[row + j] as number;
  }
  // W1 is stored hidden-major (row j holds unit j's input weights), so each unit is one contiguous dot product.
  const cd = c * d;
  for (let j = 0; j < h; j++) {
    const base = layout.w1 + j * cd;
    let acc = p[layout.b1 + j] as number;
    for (let i = 0; i < cd; i++) acc += (e[i] as number) * (p[base + i] as number);
    hid[j] = Math.tanh(acc);
  }
  for (let k = 0; k < v; k++) logits[k] = p[layout.b2 + k] as number;
  for (let j = 0; j < h; j++) {
    const hj = hid[j] as number;
    const base = layout.w2 + j * v;
    for (let k = 0; k < v; k++) logits[k] = (logits[k] as number) + hj * (p[base + k] as number);
  }
  let max = -Infinity;
  for (let k = 0; k < v; k++) max = Math.max(max, logits[k] as number);
  let sum = 0;
  for (let k = 0; k < v; k++) {
    const ex = Math.exp((logits[k] as number) - max);
    logits[k] = ex;
    sum += ex;
  }
  for (let k = 0; k < v; k++) logits[k] = (logits[k] as number) / sum;
  return -Math.log(Math.max(logits[tokens[at] as number] as number, 1e-30));
}

/**
 * Mean loss over the windows ending before each position in `at`, and its gradient added into `grad`
 * (zeroed by the caller) scaled by 1/batch.
 */
export function lossAndGrad(
  layout: MlpLayout,
  p: Float32Array,
  tokens: Uint8Array,
  at: ArrayLike<number>,
  grad: Float64Array,
  s: MlpScratch,
): number {
  const { vocab: v, context: c, embed: d, hidden: h } = layout.shape;
  const { e, hid, logits, dh, de } = s;
  const n = at.length;
  const scale = 1 / n;
  let total = 0;
  for (let b = 0; b < n; b++) {
    const pos = at[b] as number;
    total += forward(layout, p, tokens, pos, s);
    const target = tokens[pos] as number;
    logits[target] = (logits[target] as number) - 1;
    for (let k = 0; k < v; k++) {
      const g = (logits[k] as number) * scale;
      logits[k] = g;
      grad[layout.b2 + k] = (grad[layout.b2 + k] as number) + g;
    }
    for (let j = 0; j < h; j++) {
      const hj = hid[j] as number;
      const base = layout.w2 + j * v;
      let acc = 0;
      for (let k = 0; k < v; k++) {
        const g = logits[k] as number;
        grad[base + k] = (grad[base + k] as number) + hj * g;
        acc += (p[base + k] as number) * g;
      }
      dh[j] = acc * (1 - hj * hj);
      grad[layout.b1 + j] = (grad[layout.b1 + j] as number) + (dh[j] as number);
    }
    const cd = c * d;
    de.fill(0);
    for (let j = 0; j < h; j++) {
      const g = dh[j] as number;
      const base = layout.w1 + j * cd;
      for (let i = 0; i < cd; i++) {
        grad[base + i] = (grad[base + i] as number) + (e[i] as number) * g;
        de[i] = (de[i] as number) + (p[base + i] as number) * g;
      }
    }
    for (let k = 0; k < c; k++) {
      const row = layout.emb + (tokens[pos - c + k] as number) * d;
      for (let j = 0; j < d; j++) grad[row + j] = (grad[row + j] as number) + (de[k * d + j] as number);
    }
  }
  return total * scale;
}

/** Mean loss in nats per character over the given window ends, forward only, as a float32. */
export function meanLoss(
  layout: MlpLayout,
  p: Float32Array,
  tokens: Uint8Array,
  at: ArrayLike<number>,
  s: MlpScratch,
): number {
  let total = 0;
  for (let b = 0; b < at.length; b++) total += forward(layout, p, tokens, at[b] as number, s);
  // Reported in float32, the model's own precision: Chromium's and Node's Math.log can differ in a
  // double's last bit, which would otherwise make equal runs print different curves.
  return Math.fround(total / at.length);
}

/** Sample `length` characters after `prompt` (token ids, at least one context long) at a temperature. */
export function sampleTokens(
  layout: MlpLayout,
  p: Float32Array,
  prompt: Uint8Array,
  length: number,
  temperature: number,
  rng: Rng,
  s: MlpScratch,
): Uint8Array {
  const v = layout.shape.vocab;
  const buf = new Uint8Array(prompt.length + length + 1);
  buf.set(prompt);
  for (let t = prompt.length; t < prompt.length + length; t++) {
    forward(layout, p, buf, t, s);
    // Re-temper the softmax: p_k^(1/T), renormalised.
    let sum = 0;
    for (let k = 0; k < v; k++) {
      const w = (s.logits[k] as number) ** (1 / temperature);
      s.logits[k] = w;
      sum += w;
    }
    let r = rng.next() * sum;
    let pick = v - 1;
    for (let k = 0; k < v; k++) {
      r -= s.logits[k] as number;
      if (r <= 0) {
        pick = k;
        break;
      }
    }
    buf[t] = pick;
  }
  return buf.subarray(prompt.length, prompt.length + length);
}
