import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { figureMidpoint, runs } from '../data';
import { modelParams } from '../data/model-params';
import { fitEfficiency, generationOf, impliedEfficiency, leaveOneOut, runInput } from './calibration';
import { bandWithoutRun, looErrorsJson } from './runs-table';
import { estimateTrainingRun, estimateTrainingRunPoint } from './training-run';

const rows = leaveOneOut();
const n = rows.length;

describe('leave-one-out error bands', () => {
  it('a run is predicted with a calibration that never saw its own figure', () => {
    const id = 'nemotron-4-340b';
    const doubled = runs.map((r) =>
      r.id === id && r.mfu ? { ...r, mfu: { ...r.mfu, value: figureMidpoint(r.mfu) / 2 } } : r,
    );
    const before = rows.find((r) => r.run.id === id);
    const after = leaveOneOut(doubled).find((r) => r.run.id === id);
    expect(before && after).toBeTruthy();
    if (!before || !after) return;
    // Its own implied efficiency moves with its figure, its refitted calibration does not.
    expect(impliedEfficiency(after.run)).toBeLessThan(0.8 * impliedEfficiency(before.run));
    expect(after.efficiency).toBeCloseTo(before.efficiency, 9);
    expect(after.estimate.mfu).toBeCloseTo(before.estimate.mfu, 9);
    // ...while every other run of its generation sees the change.
    const sibling = leaveOneOut(doubled).find((r) => r.run.id === 'llama-3-1-405b');
    expect(sibling?.efficiency).not.toBeCloseTo(rows.find((r) => r.run.id === 'llama-3-1-405b')?.efficiency ?? 0, 3);
  });

  it('a generation with no other run is predicted with the pooled efficiency of the others', () => {
    const gpt3 = rows.find((r) => r.run.id === 'gpt-3-175b');
    expect(gpt3?.sameGeneration).toBe(false);
    const others = runs
      .filter((r) => r.id !== 'gpt-3-175b')
      .map((run) => ({ run, efficiency: impliedEfficiency(run) }));
    expect(gpt3?.efficiency).toBeCloseTo(fitEfficiency('volta', others), 9);
  });

  it('the band from the other runs contains the published figure for at least (n-2)/n of the runs', () => {
    const covered = rows.filter((r) => {
      const band = bandWithoutRun(rows, r.run.id);
      if (r.run.gpuHours) {
        const published = figureMidpoint(r.run.gpuHours);
        return band.gpuHoursInterval.low <= published * 1.000001 && published <= band.gpuHoursInterval.high * 1.000001;
      }
      const published = figureMidpoint(r.run.mfu ?? r.run.params);
      const scale = (r.run.mfuCounts === 'hardware' ? r.estimate.hfu : r.estimate.mfu) / r.estimate.mfu;
      return (
        band.mfuInterval.low * scale <= published * 1.000001 && published <= band.mfuInterval.high * scale * 1.000001
      );
    });
    expect(covered.length / n).toBeGreaterThanOrEqual((n - 2) / n);
  });

  it('estimateTrainingRun returns bands narrower than 2.2x around its point estimate, with the stated coverage', () => {
    const e = estimateTrainingRun({ model: { params: 405e9 }, tokens: 15.6e12, gpu: 'h100', gpus: 16_384 });
    for (const band of [e.gpuHoursInterval, e.mfuInterval, e.daysInterval]) {
      expect(band.high / band.low).toBeLessThan(2.2);
      expect(band.coverage).toBeCloseTo((n - 1) / (n + 1), 9);
    }
    expect(e.gpuHoursInterval.low).toBeLessThanOrEqual(e.gpuHours);
    expect(e.gpuHoursInterval.high).toBeGreaterThanOrEqual(e.gpuHours);
    expect(e.mfuInterval.low).toBeLessThanOrEqual(e.mfu);
    expect(e.mfuInterval.high).toBeGreaterThanOrEqual(e.mfu);
  });

  it('the precomputed errors are current (run `npm run bench -- engine` to refresh)', () => {
    const stored = readFileSync(new URL('./loo-errors.json', import.meta.url), 'utf8');
    expect(JSON.parse(stored)).toEqual(JSON.parse(looErrorsJson(rows)));
  });

  it("Blackwell's efficiency is the fit on NVIDIA's published GB200 rows, not Hopper's", () => {
    const blackwell = runs.filter((r) => generationOf(r) === 'blackwell');
    expect(blackwell.length).toBeGreaterThanOrEqual(2);
    const fitted = fitEfficiency(
      'blackwell',
      blackwell.map((run) => ({ run, efficiency: impliedEfficiency(run) })),
    );
    const stored = figureMidpoint(modelParams.matmulEfficiency.blackwell ?? modelParams.matmulEfficiency.hopper);
    expect(Math.abs(stored - fitted)).toBeLessThan(0.01);
    expect(modelParams.matmulEfficiency.blackwell?.status).not.toBe('assumed');
  });
});

describe('batch ramp', () => {
  it("Llama 3.1 405B takes its published ramp's steps: 4M, then 8M after 252M tokens, 16M after 2.87T", () => {
    const run = runs.find((r) => r.id === 'llama-3-1-405b');
    expect(run?.batchRamp).toBeDefined();
    if (!run) return;
    const e = estimateTrainingRunPoint(runInput(run));
    const published = 252e6 / 4_194_304 + (2.87e12 - 252e6) / 8_388_608 + (15.6e12 - 2.87e12) / 16_777_216;
    expect(e.steps / published).toBeCloseTo(1, 3);
    const flat = estimateTrainingRunPoint({ ...runInput(run), batchRamp: undefined });
    expect(flat.steps).toBeCloseTo(15.6e12 / 16_777_216, 0);
    // Smaller early batches mean more pipeline bubble per token: the ramp costs GPU-hours.
    expect(e.gpuHours).toBeGreaterThan(flat.gpuHours);
  });
});

describe("Llama 3.1 405B on Meta's own layout", () => {
  const run = runs.find((r) => r.id === 'llama-3-1-405b');
  const steady = (interleaved: boolean) => {
    if (!run?.layout) throw new Error('llama-3-1-405b lacks its published layout');
    const input = runInput({ ...run, layout: { ...run.layout, interleaved } }, 'published');
    return estimateTrainingRunPoint({ ...input, batchRamp: undefined });
  };

  it("with Meta's interleaved schedule, lands within 5 points of the MFU Meta reports (~400 TFLOP/s per GPU)", () => {
    const published = figureMidpoint(run?.mfu ?? { value: 0, unit: '', status: 'known', source: '', asOf: '' });
    const e = steady(true);
    expect(e.layout.interleave).toBeGreaterThan(1);
    expect(Math.abs(e.mfu - published)).toBeLessThan(0.05);
  });

  it('the old 7-15 point gap was the plain 1F1B bubble: 16 stages with 16 micro-batches idle about half the time', () => {
    const published = figureMidpoint(run?.mfu ?? { value: 0, unit: '', status: 'known', source: '', asOf: '' });
    expect(published - steady(false).mfu).toBeGreaterThan(0.1);
  });
});
