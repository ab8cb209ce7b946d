/**
 * Presets from content/data/scenarios.json turned into engine inputs, with the provenance of each input
 * so computed outputs can carry the weakest status of what went in.
 */
import { figureMidpoint } from '../data/provenance';
import { convert, formatBytes, formatNumber } from '../format';
import { type Scenario, sites } from '../payload';
import {
  resolveScenarioId,
  SCENARIO_IDS,
  type ScenarioOverrides,
  type StepConfigInput,
  scenario,
  scenarioConfig,
  scenarioDistanceKm,
  simulateScenarioUnchecked,
} from '../sim/unchecked';
import { enumField, type Field } from '../url-state';

export { SCENARIO_IDS, scenarioDistanceKm };
/** The article's worked example is every widget's starting point. */
export const DEFAULT_SCENARIO_ID = 'worked-example';

/** A preset by id; a retired id gives its successor, an unknown one the default. */
export function scenarioById(id: string): Scenario {
  return scenario(resolveScenarioId(id) ?? DEFAULT_SCENARIO_ID);
}

/** The URL field every widget names its preset with: a retired id in a shared link reads as its successor. */
export function presetField(): Field<string> {
  const base = enumField(SCENARIO_IDS, DEFAULT_SCENARIO_ID);
  return {
    ...base,
    read: (raw) => {
      const id = resolveScenarioId(raw);
      return id ? { ok: true, value: id } : { ok: false, reason: 'not one of the options' };
    },
  };
}

export function siteById(id: string) {
  return sites.find((s) => s.id === id);
}

export type StepOverrides = ScenarioOverrides & { distanceKm: number; bandwidthBytesPerS: number };

/** The engine input for a preset: simulateScenario's own, so widgets and article run the same step. */
export function scenarioStepConfig(s: Scenario, o: StepOverrides): StepConfigInput {
  return scenarioConfig(s.id, o);
}

/**
 * The preset's layout in words, computed from its data rather than typed into a note: GPUs per site,
 * micro-batches per replica and memory per GPU, as the engine finds them.
 */
export function scenarioNote(s: Scenario): string {
  const r = simulateScenarioUnchecked(s.id);
  const { tp, pp, interleave, dpPerSite } = s.layout;
  const gpusPerSite = tp * pp * dpPerSite;
  const n = (x: number) => formatNumber(x, { sigFigs: 6 });
  const chunks = interleave > 1 ? `, ${n(interleave)} model chunks per GPU` : '';
  return `Layout: ${n(tp)}-way tensor × ${n(pp)}-stage pipeline${chunks} × ${n(dpPerSite)} replicas per site, ${n(gpusPerSite)} GPUs per site; ${n(r.summary.microBatches)} micro-batches per replica per step; ${formatBytes(r.summary.memoryPerGpuBytes, 3)} per GPU of ${formatBytes(r.summary.hbmBytesPerGpu, 3)} of HBM.`;
}

export function sameNumber(a: number, b: number, relTol = 1e-9): boolean {
  return Math.abs(a - b) <= relTol * Math.max(Math.abs(a), Math.abs(b), 1e-300);
}

/** A preset's WAN bandwidth as the controls say it: Tbit/s (how WANs are quoted; the data holds B/s). */
export const presetBandwidthTbitPerS = (s: Scenario) =>
  convert(figureMidpoint(s.wanBandwidthBytesPerS), 'B/s', 'Tbit/s');
