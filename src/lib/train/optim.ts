/** Optimisers over one flat parameter vector: AdamW and plain SGD (inner), Nesterov momentum (outer). */

export type InnerOptimizerKind = 'adamw' | 'sgd';

export interface InnerOptimizer {
  /** Apply one update of `grad` to `params` in place. */
  step(params: Float32Array, grad: ArrayLike<number>): void;
}

export interface AdamWSettings {
  lr: number;
  beta1?: number;
  beta2?: number;
  eps?: number;
  weightDecay?: number;
}

/** Loshchilov & Hutter's AdamW: Adam's moments with bias correction, decoupled weight decay. */
export function adamW(size: number, o: AdamWSettings): InnerOptimizer {
  const beta1 = o.beta1 ?? 0.9;
  const beta2 = o.beta2 ?? 0.95;
  const eps = o.eps ?? 1e-8;
  const wd = o.weightDecay ?? 0.01;
  const m = new Float64Array(size);
  const v = new Float64Array(size);
  let t = 0;
  return {
    step(params, grad) {
      t += 1;
      const c1 = 1 - beta1 ** t;
      const c2 = 1 - beta2 ** t;
      for (let i = 0; i < size; i++) {
        const g = grad[i] as number;
        const mi = beta1 * (m[i] as number) + (1 - beta1) * g;
        const vi = beta2 * (v[i] as number) + (1 - beta2) * g * g;
        m[i] = mi;
        v[i] = vi;
        const w = params[i] as number;
        params[i] = w - o.lr * (mi / c1 / (Math.sqrt(vi / c2) + eps) + wd * w);
      }
    },
  };
}

export function sgd(size: number, lr: number): InnerOptimizer {
  return {
    step(params, grad) {
      for (let i = 0; i < size; i++) params[i] = (params[i] as number) - lr * (grad[i] as number);
    },
  };
}

export function innerOptimizer(kind: InnerOptimizerKind, size: number, lr: number): InnerOptimizer {
  return kind === 'sgd' ? sgd(size, lr) : adamW(size, { lr });
}

export interface OuterOptimizer {
  /** Apply the averaged outer gradient (old weights minus the replicas' mean) to [from, to) of `params`. */
  step(params: Float32Array, outerGrad: ArrayLike<number>, from: number, to: number): void;
}

/**
 * DiLoCo's outer step: SGD with Nesterov momentum on the pseudo-gradient (Douillard et al. 2023 use
 * lr 0.7, momentum 0.9). With lr 1 and no momentum it sets the weights to the replicas' mean.
 */
export function nesterov(size: number, lr: number, momentum: number): OuterOptimizer {
  const buf = new Float64Array(size);
  return {
    step(params, outerGrad, from, to) {
      for (let i = from; i < to; i++) {
        const g = outerGrad[i - from] as number;
        const b = momentum * (buf[i] as number) + g;
        buf[i] = b;
        params[i] = (params[i] as number) - lr * (g + momentum * b);
      }
    },
  };
}
