import { describe, expect, it } from 'vitest';
import { figureMidpoint } from '../data/provenance';
import { failureReferences } from '../payload';
import { dalyGoodput, jobMtbfSUnchecked, youngDalyUnchecked } from './failure-rates';
import { simulateFailures } from './failure-sim-checked';
import { PARAMS } from './params';
import { goodput } from './resilience';

const llama = failureReferences.llama3;
const llamaGpus = figureMidpoint(llama.gpus);
const llamaDays = figureMidpoint(llama.days);
const llamaBase = {
  gpus: llamaGpus,
  gpu: 'h100',
  sites: 1,
  replicaGpus: 128,
  learnersPerSite: 4,
  durationS: llamaDays * 86400,
};
const SEEDS = Array.from({ length: 20 }, (_, i) => i + 1);
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

describe('failure simulation', () => {
  it('gives the same run for the same seed and another for another seed', () => {
    const c = { ...llamaBase, checkpointIntervalS: 1800, seed: 7 };
    expect(simulateFailures(c)).toEqual(simulateFailures(c));
    expect(simulateFailures({ ...c, seed: 8 }).faultTimesS).not.toEqual(simulateFailures(c).faultTimesS);
  });

  // Published: 419 unexpected interruptions in 54 days on 16,384 H100 (the rates in model-params.json
  // come from them, so this checks the event stream, not the rates). Tolerance: 3% on a 20-seed mean.
  it('draws Llama 3’s 419 interruptions in 54 days on 16,384 GPUs, within 3% over 20 seeds', () => {
    const counts = SEEDS.map(
      (seed) => simulateFailures({ ...llamaBase, checkpointIntervalS: 1800, seed }).faultTimesS.length,
    );
    expect(mean(counts)).toBeGreaterThan(figureMidpoint(llama.interruptions) * 0.97);
    expect(mean(counts)).toBeLessThan(figureMidpoint(llama.interruptions) * 1.03);
  });

  // Published: "higher than 90% effective training time". With the assumed checkpoint write (60 s)
  // and restart (10 min) of model-params.json, stall-and-restart at the Young/Daly interval reads
  // about 85%: 5 points under the published lower bound. Stated tolerance: within 7 points of 90%.
  it('reads Llama 3’s effective training time within 7 points, and agrees with Daly’s formula within 1 point', () => {
    const mtbf = jobMtbfSUnchecked(llamaGpus, { gpu: 'h100' });
    const tau = youngDalyUnchecked(PARAMS.checkpointWriteS, mtbf);
    const stall = mean(
      SEEDS.map((seed) => simulateFailures({ ...llamaBase, checkpointIntervalS: tau, seed }).runs.stall.goodput),
    );
    expect(Math.abs(stall - goodput({ gpus: llamaGpus, gpu: 'h100' }).goodput)).toBeLessThan(0.01);
    expect(Math.abs(stall - figureMidpoint(llama.effectiveTrainingTime))).toBeLessThan(0.07);
  });

  it('peaks near the Young/Daly interval: checkpointing far more or far less often costs goodput', () => {
    const mtbf = jobMtbfSUnchecked(llamaGpus, { gpu: 'h100' });
    const tau = youngDalyUnchecked(PARAMS.checkpointWriteS, mtbf);
    const at = (t: number) =>
      mean(SEEDS.map((seed) => simulateFailures({ ...llamaBase, checkpointIntervalS: t, seed }).runs.stall.goodput));
    expect(at(tau)).toBeGreaterThan(at(tau / 8));
    expect(at(tau)).toBeGreaterThan(at(tau * 8));
    expect(dalyGoodput(tau, PARAMS.checkpointWriteS, PARAMS.restartS, mtbf)).toBeGreaterThan(
      dalyGoodput(tau * 8, PARAMS.checkpointWriteS, PARAMS.restartS, mtbf),
    );
  });

  it('without faults, every policy spends only the checkpoint writes', () => {
    const r = simulateFailures({
      ...llamaBase,
      checkpointIntervalS: 1800,
      seed: 1,
      gpuFailuresPerGpuHour: 0,
      nodeFailuresPerNodeHour: 0,
    });
    expect(r.faultTimesS).toHaveLength(0);
    for (const run of Object.values(r.runs))
      expect(run.goodput).toBeCloseTo(1800 / (1800 + PARAMS.checkpointWriteS), 3);
  });

  it('on a site outage, stall waits for the site, reduced DP loses only the dark site’s share, decoupled learners only theirs', () => {
    const day = 86400;
    const c = {
      gpus: 20_000,
      gpu: 'gb200',
      sites: 2,
      replicaGpus: 128,
      learnersPerSite: 2,
      durationS: 20 * day,
      checkpointIntervalS: 3600,
      seed: 1,
      gpuFailuresPerGpuHour: 0,
      nodeFailuresPerNodeHour: 0,
      // Half an hour into a checkpoint cycle, about day 5.
      outage: { site: 1, startS: 118 * (3600 + PARAMS.checkpointWriteS) + 1800, durationS: 12 * 3600 },
    };
    // Within two checkpoint writes: the run's last, unfinished cycle shifts by the time lost.
    const near = (got: number, want: number) => expect(Math.abs(got - want)).toBeLessThan(2 * PARAMS.checkpointWriteS);
    const r = simulateFailures(c);
    const clean = 3600 / (3600 + PARAMS.checkpointWriteS);
    const outage = 12 * 3600;
    // Stall: the whole cluster waits out the outage and a restart, and loses the half hour since its checkpoint.
    const stallLoss = (outage + PARAMS.restartS) * clean + 1800;
    near(r.runs.stall.workS, c.durationS * clean - stallLoss);
    // Reduced DP: half the cluster for the outage and a restart, plus two pauses of the whole cluster.
    const dpLoss = ((outage + PARAMS.restartS) / 2 + 2 * r.reconfigureS) * clean;
    near(r.runs['reduced-dp'].workS, c.durationS * clean - dpLoss);
    expect(r.runs['reduced-dp'].lostWorkS).toBe(0);
    expect(r.runs.decoupled.goodput).toBeGreaterThan(r.runs.stall.goodput);
    expect(r.runs.decoupled.lostWorkS).toBeCloseTo(1800 / 2, 0);
  });

  it('stays fast on months at half a million GPUs (event-driven)', () => {
    const t0 = performance.now();
    const r = simulateFailures({
      gpus: 500_000,
      gpu: 'gb200',
      sites: 2,
      replicaGpus: 1152,
      learnersPerSite: 8,
      durationS: 60 * 86400,
      checkpointIntervalS: 600,
      seed: 3,
    });
    expect(r.faultTimesS.length).toBeGreaterThan(10_000);
    // Generous for a loaded CI machine; a per-second stepper would take minutes.
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
