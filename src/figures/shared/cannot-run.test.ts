import { describe, expect, it } from 'vitest';
import { scenarios } from '../../lib/data/scenarios';
import { formatNumber } from '../../lib/format';
import { esc } from '../../lib/format/html';
import { SCENARIO_IDS, type StepConfigInput, simulateScenario, simulateStep } from '../../lib/sim';
import { scenarioById, scenarioNote } from '../../lib/widgets/presets';
import { renderStepWidget, stepRun } from '../widgets/step/model';
import { stepPresetState } from '../widgets/step/state';
import { renderUtilisationWidget } from '../widgets/utilisation/model';
import { utilisationPresetState } from '../widgets/utilisation/state';
import { computeUtilisationSweep } from '../widgets/utilisation/sweep';
import { cannotRun } from './cannot-run';

/** 1T dense on GB200 with 4 micro-batches per replica for 8 interleaved stages (the old preset). */
const neverFills: StepConfigInput = {
  model: { params: 1e12, layers: 128, hidden: 25600, seqLen: 8192, globalBatchTokens: 64 * 2 ** 20 },
  gpu: 'gb200',
  gpus: 8 * 8 * 2048,
  layout: { tp: 8, pp: 8, dp: 2048, interleave: 4 },
  sites: 2,
};
const tooBig: StepConfigInput = { ...neverFills, gpu: 'h100', gpus: 2048, layout: { tp: 1, pp: 1, dp: 2048 } };

describe('widgets for a layout that cannot run', () => {
  it('the step widget shows why and no step time', () => {
    for (const [config, title] of [
      [neverFills, 'Cannot be scheduled'],
      [tooBig, 'Does not fit in HBM'],
    ] as const) {
      const state = stepPresetState(SCENARIO_IDS[0]);
      const run = { ...stepRun(state), result: simulateStep(config) };
      const r = renderStepWidget(state, run);
      expect(r.html).toContain(title);
      expect(r.html).toContain('data-out="cannot-run"');
      expect(r.html).not.toContain('data-out="step-time"');
      expect(r.html).not.toContain('data-out="mfu"');
      expect(r.run.outputs.map((o) => o.key)).not.toContain('stepTimeS');
      expect(r.summary).toMatch(new RegExp(title, 'i'));
    }
  });

  it('the utilisation widget shows why and no MFU or bandwidth answer', () => {
    const state = utilisationPresetState(SCENARIO_IDS[0]);
    const sweep = { ...computeUtilisationSweep(state), cannotRun: cannotRun(simulateStep(neverFills).summary) };
    const r = renderUtilisationWidget(state, sweep);
    expect(r.html).toContain('Cannot be scheduled');
    expect(r.html).not.toContain('data-out="current"');
    expect(r.html).not.toContain('widget-answer');
    expect(r.run.outputs.map((o) => o.key)).toEqual(['cannotRun']);
  });

  it('every preset, as the widgets start it, runs and says so', () => {
    for (const id of SCENARIO_IDS) {
      const r = renderStepWidget(stepPresetState(id));
      expect(r.html).toContain('data-out="step-time"');
      expect(r.html).not.toContain('data-out="cannot-run"');
      expect(computeUtilisationSweep(utilisationPresetState(id)).cannotRun).toBeNull();
    }
  });
});

describe('preset notes', () => {
  it('are computed from the data: GPUs per site, micro-batches, memory', () => {
    for (const id of SCENARIO_IDS) {
      const s = scenarioById(id);
      const r = simulateScenario(id).summary;
      const note = scenarioNote(s);
      const gpusPerSite = s.layout.tp * s.layout.pp * s.layout.dpPerSite;
      expect(note).toContain(`${formatNumber(gpusPerSite, { sigFigs: 6 })} GPUs per site`);
      expect(note).toContain(`${formatNumber(r.microBatches, { sigFigs: 6 })} micro-batches per replica`);
      expect(renderStepWidget(stepPresetState(id)).html).toContain(esc(note));
    }
    // The old hand-typed "8 micro-batches per replica" note was wrong for its own batch (it gave 4).
    const typed = /\d[\d,]*\s*(micro-batches|GPUs)/;
    for (const s of scenarios)
      for (const note of [s.layout.note, s.model.globalBatchTokens.note]) expect(note ?? '').not.toMatch(typed);
  });
});
