/** The WAN inputs of a widget state with their provenance: the preset's, or the reader's own. */
import { convert } from '../format';
import type { Scenario } from '../payload';
import type { InputStatus } from './badges';
import { esc } from './html';
import {
  presetBandwidthTbitPerS,
  sameNumber,
  scenarioDistanceKm,
  scenarioDistanceStatus,
  scenarioNote,
} from './presets';
import { distanceField } from './wan-fields';

export interface WanInputs {
  distanceKm: number;
  bandwidthBytesPerS: number;
  distanceStatus: InputStatus;
  bandwidthStatus: InputStatus;
}

const km = distanceField();

export function wanInputs(s: Scenario, state: { km: number; bw: number }): WanInputs {
  const presetKm = km.normalize(scenarioDistanceKm(s));
  const presetTbit = presetBandwidthTbitPerS(s);
  return {
    distanceKm: state.km,
    // The one conversion between the control's unit and the engine's.
    bandwidthBytesPerS: convert(state.bw, 'Tbit/s', 'B/s'),
    distanceStatus: state.km === presetKm ? scenarioDistanceStatus(s) : 'reader',
    bandwidthStatus: sameNumber(state.bw, presetTbit, 1e-6) ? s.wanBandwidthBytesPerS.status : 'reader',
  };
}

export function assumptionsHtml(s: Scenario): string {
  const notes = [...s.assumptions, scenarioNote(s)];
  return `<div class="widget-assumptions" role="note" aria-label="Assumptions of this preset">${notes.map((a) => `<p>${esc(a)}</p>`).join('')}</div>`;
}
