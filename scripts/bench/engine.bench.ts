/**
 * Engine speed (median of many runs) and the predicted-vs-published table, which it writes into
 * docs/ENGINE.md between the runs-table markers.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import {
  analyticStep,
  estimateTrainingRun,
  type StepConfigInput,
  simulateScenario,
  simulateStep,
} from '../../src/lib/sim';
import { leaveOneOut } from '../../src/lib/sim/calibration';
import { looErrorsJson, runsTableMarkdown, withRunsTable } from '../../src/lib/sim/runs-table';
import { analyticStepUnchecked } from '../../src/lib/sim/unchecked';

function medianMs(fn: () => void, runs: number): number {
  for (let i = 0; i < Math.min(20, runs); i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

// Two sites, 100,000 GB200-class GPUs: TP8 × PP25 × DP500, DP across a 1,000 km WAN at 100 Tbit/s.
const twoSite: StepConfigInput = {
  model: { params: 1e12, layers: 100, hidden: 25600, seqLen: 8192, globalBatchTokens: 32 * 1024 * 1024 },
  gpu: 'gb200',
  gpus: 100_000,
  layout: { tp: 8, pp: 25, dp: 500 },
  sites: 2,
  wan: { distanceKm: 1000, bandwidthBytesPerS: 1.25e13 },
};
const distances = Array.from({ length: 200 }, (_, i) => (i * 5000) / 199);
const sweep = (f: (c: StepConfigInput) => unknown) => {
  for (const distanceKm of distances) f({ ...twoSite, wan: { distanceKm, bandwidthBytesPerS: 1.25e13 } });
};

export default async function (): Promise<void> {
  const sim = medianMs(() => simulateStep(twoSite), 400);
  const analytic = medianMs(() => sweep(analyticStep), 60);
  // What a widget's worker runs: the same sweep on inputs bounded at the edge, without parsing.
  const analyticUnchecked = medianMs(() => sweep(analyticStepUnchecked), 60);
  const simSweep = medianMs(() => sweep(simulateStep), 15);
  const preset = medianMs(() => simulateScenario('fairwater-100t'), 400);
  const r = simulateStep(twoSite).summary;
  console.log(`simulateStep, 2 sites × 50,000 GPUs:            ${sim.toFixed(3)} ms median (target < 1 ms)`);
  console.log(
    `  (that configuration: step ${r.stepTimeS.toFixed(2)} s, MFU ${(r.mfu * 100).toFixed(1)}%, WAN ${(r.wanBytes / 1e12).toFixed(2)} TB/step)`,
  );
  console.log(`simulateScenario('fairwater-100t'):              ${preset.toFixed(3)} ms median (target < 1 ms)`);
  console.log(`analyticStep sweep, 200 distances 0-5,000 km:   ${analytic.toFixed(3)} ms median (target < 4 ms)`);
  console.log(`  the same, unchecked (widget workers):         ${analyticUnchecked.toFixed(3)} ms median`);
  console.log(`simulateStep sweep, 200 distances 0-5,000 km:   ${simSweep.toFixed(2)} ms median (target < 150 ms)`);

  const estimate = { model: { params: 405e9 }, tokens: 15.6e12, gpu: 'h100', gpus: 16_384 } as const;
  const run = medianMs(() => estimateTrainingRun(estimate), 200);
  console.log(`estimateTrainingRun (bands precomputed):       ${run.toFixed(3)} ms median`);

  // The leave-one-out errors behind estimateTrainingRun's bands, then the docs/ENGINE.md table built on them.
  const rows = leaveOneOut();
  const looUrl = new URL('../../src/lib/sim/loo-errors.json', import.meta.url);
  const loo = looErrorsJson(rows);
  // Compared parsed: the formatter may lay the file out differently.
  if (JSON.stringify(JSON.parse(readFileSync(looUrl, 'utf8'))) !== JSON.stringify(JSON.parse(loo)))
    writeFileSync(looUrl, loo);
  const docUrl = new URL('../../docs/ENGINE.md', import.meta.url);
  const doc = readFileSync(docUrl, 'utf8');
  const next = withRunsTable(doc, rows);
  if (next !== doc) writeFileSync(docUrl, next);
  console.log(
    `\nLeave-one-out predictions vs published (docs/ENGINE.md ${next !== doc ? 'updated' : 'already current'}):\n`,
  );
  console.log(runsTableMarkdown(rows));
}
