import { describe, expect, it } from 'vitest';
import { createScratch, initParams, lossAndGrad, meanLoss, mlpLayout } from './mlp';
import { createRng } from './prng';

describe('the MLP backward pass', () => {
  it('matches central finite differences on every parameter block', () => {
    const layout = mlpLayout({ vocab: 7, context: 3, embed: 4, hidden: 5 });
    const rng = createRng(42);
    const p = initParams(layout, rng);
    // Larger output weights than the initialisation, so every block has a gradient worth checking.
    for (let i = layout.w2; i < layout.size; i++) p[i] = rng.normal() * 0.5;
    const tokens = Uint8Array.from({ length: 40 }, () => rng.int(7));
    const at = [3, 9, 17, 30, 39];
    const s = createScratch(layout);
    const grad = new Float64Array(layout.size);
    lossAndGrad(layout, p, tokens, at, grad, s);
    // float32 weights: a step of 1e-2 keeps the rounding error of the difference near 1e-5.
    const h = 1e-2;
    let worst = 0;
    for (let i = 0; i < layout.size; i++) {
      const w = p[i] as number;
      p[i] = w + h;
      const up = meanLoss(layout, p, tokens, at, s);
      p[i] = w - h;
      const down = meanLoss(layout, p, tokens, at, s);
      p[i] = w;
      const numeric = (up - down) / (Math.fround(w + h) - Math.fround(w - h));
      worst = Math.max(worst, Math.abs(numeric - (grad[i] as number)) / Math.max(1e-3, Math.abs(numeric)));
    }
    expect(worst).toBeLessThan(2e-2);
    expect(grad.some((g) => Math.abs(g) > 1e-3)).toBe(true);
  });
});
