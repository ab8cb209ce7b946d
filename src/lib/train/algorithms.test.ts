import { describe, expect, it } from 'vitest';
import { trainAsyncStale } from './algorithms/async-stale';
import { trainDiloco } from './algorithms/diloco';
import { trainLocalSgd } from './algorithms/local-sgd';
import { trainStreamingDiloco } from './algorithms/streaming-diloco';
import { trainSyncDp } from './algorithms/sync-dp';
import { ALGORITHM_IDS, demoTask, runDemo } from './demo';
import type { TrainSetup } from './setup';
import { CORPUS_TEXT, smallConfig } from './test-config';

function maxAbsDiff(a: Float32Array, b: Float32Array): number {
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs((a[i] as number) - (b[i] as number)));
  return worst;
}

/** Plain SGD and an exact wire: the setting in which averaging weights and averaging gradients coincide. */
function sgdSetup(steps = 30): TrainSetup {
  const { setup } = demoTask(CORPUS_TEXT, smallConfig({ steps, sites: 3 }));
  return { ...setup, inner: { kind: 'sgd', lr: 0.5 }, wire: 'fp32' };
}

describe('the algorithms against each other', () => {
  it('DiLoCo with H = 1, outer lr 1 and no momentum is synchronous data parallel', () => {
    const setup = sgdSetup();
    const dp = trainSyncDp(setup);
    const diloco = trainDiloco(setup, { innerStepsPerSync: 1, outerLr: 1, outerMomentum: 0 });
    expect(maxAbsDiff(dp.params, diloco.params)).toBeLessThan(1e-5);
    expect(maxAbsDiff(dp.params, setup.init)).toBeGreaterThan(1e-2);
    // And with outer momentum it is not.
    const momentum = trainDiloco(setup, { innerStepsPerSync: 1, outerLr: 1, outerMomentum: 0.9 });
    expect(maxAbsDiff(dp.params, momentum.params)).toBeGreaterThan(1e-3);
  });

  it('local SGD with H = 1 is synchronous data parallel', () => {
    const setup = sgdSetup();
    expect(maxAbsDiff(trainSyncDp(setup).params, trainLocalSgd(setup, 1).params)).toBeLessThan(1e-5);
    expect(maxAbsDiff(trainSyncDp(setup).params, trainLocalSgd(setup, 5).params)).toBeGreaterThan(1e-4);
  });

  it('asynchronous updates with no staleness are synchronous data parallel, and staleness changes them', () => {
    const { setup } = demoTask(CORPUS_TEXT, smallConfig({ steps: 30 }));
    const dp = trainSyncDp(setup);
    expect(maxAbsDiff(dp.params, trainAsyncStale(setup, undefined, 0).params)).toBe(0);
    expect(maxAbsDiff(dp.params, trainAsyncStale(setup, undefined, 4).params)).toBeGreaterThan(1e-3);
  });

  it('streaming DiLoCo with one fragment and no overlap is DiLoCo', () => {
    const { setup } = demoTask(CORPUS_TEXT, smallConfig({ steps: 40 }));
    const outer = { innerStepsPerSync: 10, outerLr: 0.7, outerMomentum: 0.8 };
    const diloco = trainDiloco(setup, outer);
    const streaming = trainStreamingDiloco(setup, { ...outer, fragments: 1, overlapSteps: 0, wire: setup.wire });
    expect(maxAbsDiff(diloco.params, streaming.params)).toBe(0);
    const split = trainStreamingDiloco(setup, { ...outer, fragments: 4, overlapSteps: 2, wire: 'int4' });
    // 4-bit values with a float32 scale per 64 cost 0.5625 bytes against bf16’s 2 (plus the final full sync).
    expect(split.wanBytes).toBeLessThan(diloco.wanBytes / 2.5);
  });
});

describe('a comparison run', () => {
  const config = smallConfig();
  const first = runDemo(CORPUS_TEXT, config);

  it('gives the same curves bit for bit for the same seed, and other curves for another', () => {
    const again = runDemo(CORPUS_TEXT, config);
    expect(JSON.stringify(again)).toBe(JSON.stringify(first));
    const other = runDemo(CORPUS_TEXT, { ...config, seed: 4, algorithms: ['diloco'] });
    expect(other.runs[0]?.curve).not.toEqual(first.runs.find((r) => r.id === 'diloco')?.curve);
  });

  it('every algorithm lowers the validation loss', () => {
    expect(first.runs.map((r) => r.id)).toEqual([...ALGORITHM_IDS]);
    for (const run of first.runs) {
      expect(run.finalLoss, run.id).toBeLessThan(first.initialLoss - 0.4);
      expect(run.curve.at(-1)?.validationLoss, run.id).toBeLessThan(run.curve[0]?.validationLoss ?? 0);
    }
  });

  it('counts the WAN bytes of each exchange: every step for data parallel, every H for DiLoCo', () => {
    const dp = first.runs.find((r) => r.id === 'sync-dp');
    const diloco = first.runs.find((r) => r.id === 'diloco');
    expect(dp?.syncs).toBe(config.steps);
    expect(diloco?.syncs).toBe(config.steps / config.innerStepsPerSync);
    expect((dp?.wanBytes ?? 0) / (diloco?.wanBytes ?? 1)).toBeCloseTo(config.innerStepsPerSync, 6);
  });
});
