import { describe, expect, it } from 'vitest';
import { memoryMeasurements } from '../data';
import { figureMidpoint } from '../data/provenance';
import { memorySplitUnchecked, smallestFittingSplitUnchecked, splitExchangesUnchecked } from './memory-split';
import { memorySplit, memorySplitSchema } from './memory-split-checked';
import { SCENARIO_IDS, scenarioConfig } from './scenario';
import { memoryPerGpuUnchecked } from './transformer';

const llama405 = {
  model: { params: 405e9, layers: 126, hidden: 16384, seqLen: 8192, globalBatchTokens: 16e6 },
  gpu: 'h100',
  tp: 8,
  pp: 16,
  shardRanks: 64,
  dataParallel: 128,
};

/** A published configuration as the engine's input. */
function inputOf(m: (typeof memoryMeasurements)[number]) {
  const seqLen = figureMidpoint(m.seqLen);
  return memorySplitSchema.parse({
    model: {
      params: figureMidpoint(m.params),
      layers: figureMidpoint(m.layers),
      hidden: figureMidpoint(m.hidden),
      seqLen,
      globalBatchTokens: m.localBatchSequences * seqLen * m.layout.dataParallel,
    },
    gpu: m.hardware,
    ...m.layout,
  });
}

describe('memory per GPU against measured memory (torchtitan, H100, Dec 2024)', () => {
  for (const m of memoryMeasurements) {
    it(`${m.label}: ${m.check === 'within' ? `within ±${m.tolerance * 100}%` : 'below the measurement'}`, () => {
      const engine = memorySplitUnchecked(inputOf(m)).chosen.memory.totalBytes;
      const measured = figureMidpoint(m.measuredBytes);
      if (m.check === 'within') expect(Math.abs(engine / measured - 1)).toBeLessThanOrEqual(m.tolerance);
      else expect(engine).toBeLessThan(measured);
    });
  }
});

describe('memorySplit', () => {
  it('is the memory model the step simulation uses, option by option', () => {
    const r = memorySplit({ ...llama405, sharding: 'zero1' });
    const microBatches = Math.ceil(16e6 / 8192 / 128);
    for (const o of r.options) {
      const direct = memoryPerGpuUnchecked({
        model: memorySplitSchema.parse(llama405).model,
        tp: 8,
        pp: 16,
        shardRanks: 64,
        sharding: o.sharding,
        recompute: o.recompute,
        microBatchTokens: 8192,
        microBatches,
      });
      expect(o.memory).toEqual(direct);
    }
    expect(r.options).toHaveLength(8);
  });

  it('shards more with each ZeRO stage and keeps less with recomputation', () => {
    const { options } = memorySplit(llama405);
    const total = (s: string, rc: boolean) =>
      options.find((o) => o.sharding === s && o.recompute === rc)?.memory.totalBytes ?? Number.NaN;
    for (const rc of [false, true]) {
      expect(total('zero1', rc)).toBeLessThan(total('none', rc));
      expect(total('zero2', rc)).toBeLessThan(total('zero1', rc));
      expect(total('zero3', rc)).toBeLessThan(total('zero2', rc));
    }
    expect(total('zero1', true)).toBeLessThan(total('zero1', false));
  });

  it('finds the fewest GPUs per copy that fit, and no smaller split fits', () => {
    const x = memorySplitSchema.parse(llama405);
    const fit = smallestFittingSplitUnchecked(x, 'zero1', false);
    if (!fit) throw new Error('405B must fit on H100 with some split');
    expect(fit.memory.totalBytes).toBeLessThanOrEqual(80e9);
    // Every split with fewer GPUs per copy overflows the HBM (depths as practitioners pick them).
    for (let tp = 1; tp <= 8; tp *= 2)
      for (let pp = 1; tp * pp < fit.tp * fit.pp && pp <= 126; pp++) {
        if (126 % pp !== 0 && (pp & (pp - 1)) !== 0) continue;
        const at = memorySplitUnchecked({ ...x, tp, pp, sharding: 'zero1', recompute: false });
        expect(at.chosen.memory.totalBytes, `${tp}x${pp}`).toBeGreaterThan(80e9);
      }
  });

  it('names no split when even one layer per GPU overflows', () => {
    const x = memorySplitSchema.parse({ ...llama405, gpu: 'v100', shardRanks: 1, dataParallel: 1 });
    expect(smallestFittingSplitUnchecked(x, 'none', false)).toBeNull();
  });

  it('counts each split’s exchanges: tensor and pipeline only when split, ZeRO-3 gathers per micro-batch', () => {
    const x = memorySplitSchema.parse(llama405);
    const kinds = splitExchangesUnchecked(x).map((e) => `${e.split}:${e.collective}`);
    expect(kinds).toEqual(['tensor:all-reduce', 'pipeline:send', 'data:reduce-scatter', 'data:all-gather']);
    const single = splitExchangesUnchecked({ ...x, tp: 1, pp: 1 }).map((e) => e.split);
    expect(single).toEqual(['data', 'data']);
    const z1 = splitExchangesUnchecked(x).filter((e) => e.split === 'data');
    const z3 = splitExchangesUnchecked({ ...x, sharding: 'zero3' }).filter((e) => e.split === 'data');
    const sum = (es: typeof z1) => es.reduce((s, e) => s + e.bytesPerGpuPerStep, 0);
    expect(sum(z3)).toBeGreaterThan(sum(z1));
    // Gradients on the wire are what the DP ring moves: (n-1)/n of this GPU's share, once.
    const rs = z1[0];
    expect(rs?.bytesPerGpuEach).toBeCloseTo(((63 / 64) * (405e9 / 128) * 4) / 1, -3);
  });

  it('refuses bad input and a pipeline deeper than the model', () => {
    expect(() => memorySplit({ ...llama405, tp: 0 })).toThrow(/tp/);
    expect(() => memorySplit({ ...llama405, pp: 200 })).toThrow(/pp/);
  });

  it('runs every preset', () => {
    for (const id of SCENARIO_IDS) {
      const c = scenarioConfig(id);
      const r = memorySplit({
        model: c.model,
        gpu: c.gpu,
        tp: c.layout.tp,
        pp: c.layout.pp,
        shardRanks: Math.max(1, Math.round(c.layout.dp / (c.sites ?? 1))),
        dataParallel: c.layout.dp,
        ...(c.moe ? { moe: c.moe } : {}),
      });
      expect(r.chosen.memory.totalBytes).toBeGreaterThan(0);
    }
  });
});
