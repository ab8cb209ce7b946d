/** The WAN inputs of a widget state with their provenance: the preset's, or the reader's own. */
import { untracked } from '../../lib/data/read-tracker';
import { convert, formatBitsPerS, formatDistanceKm } from '../../lib/format';
import { esc } from '../../lib/format/html';
import type { BadgeStatus as InputStatus } from '../../lib/format/status-badge';
import type { Scenario } from '../../lib/payload';
import {
  DEFAULT_SCENARIO_ID,
  presetBandwidthTbitPerS,
  sameNumber,
  scenarioDistanceKm,
  scenarioNote,
} from '../../lib/widgets/presets';
import { type Provenance, READER_SET, tracked } from './provenance';
import type { RunValue } from './run-record';
import { distanceField } from './wan-fields';

export interface WanInputs {
  distanceKm: number;
  bandwidthBytesPerS: number;
  distance: Provenance;
  bandwidth: Provenance;
  /** As the readouts and the run record show them. */
  distanceText: string;
  bandwidthText: string;
}

const km = distanceField();

/** The badge of an input row: the reader's own ("yours"), or the status of the preset's figure. */
export const inputStatus = (p: Provenance): InputStatus => (p.readerSet ? 'reader' : p.status);

/**
 * A control left at the preset's value is the preset's figure, read through the tracker so the
 * outputs computed from it carry its status and sources; a moved control is the reader's.
 */
export function wanInputs(s: Scenario, state: { km: number; bw: number }): WanInputs {
  const presetKm = () => scenarioDistanceKm(s);
  const presetTbit = () => presetBandwidthTbitPerS(s);
  // The URL holds the distance at the control's precision; left there, the run takes the preset's own
  // distance, so a widget's default is the very engine run the chapter beside it prints.
  const kmIsPreset = untracked(() => state.km === km.normalize(presetKm()));
  const bwIsPreset = untracked(() => sameNumber(state.bw, presetTbit(), 1e-6));
  const distance = kmIsPreset ? tracked(presetKm) : { value: state.km, provenance: READER_SET };
  const bandwidth = bwIsPreset ? tracked(presetTbit) : { value: state.bw, provenance: READER_SET };
  // The one conversion between the control's unit and the engine's.
  const bandwidthBytesPerS = convert(bandwidth.value, 'Tbit/s', 'B/s');
  return {
    distanceKm: distance.value,
    bandwidthBytesPerS,
    distance: distance.provenance,
    bandwidth: bandwidth.provenance,
    distanceText: formatDistanceKm(distance.value, 'metric', 4),
    bandwidthText: formatBitsPerS(bandwidthBytesPerS, 3),
  };
}

/** The distance and bandwidth rows of a downloaded run, alike in every WAN widget. */
export function wanRunValues(wan: WanInputs): RunValue[] {
  return [
    {
      key: 'km',
      label: 'Distance',
      value: wan.distanceKm,
      unit: 'km',
      shown: wan.distanceText,
      status: inputStatus(wan.distance),
    },
    {
      key: 'bw',
      label: 'WAN bandwidth per direction',
      value: wan.bandwidthBytesPerS,
      unit: 'B/s',
      shown: wan.bandwidthText,
      status: inputStatus(wan.bandwidth),
    },
  ];
}

/** One line when a preset other than the chapters' worked example is on screen, so no reader mixes the two. */
export function otherCaseHtml(s: Scenario): string {
  if (s.id === DEFAULT_SCENARIO_ID) return '';
  return `<p class="widget-answer" data-out="other-case">${esc(`This shows ${s.label}, not the worked example.`)}</p>`;
}

export function assumptionsHtml(s: Scenario): string {
  const notes = [...s.assumptions, scenarioNote(s)];
  return `${otherCaseHtml(s)}<div class="widget-assumptions" role="note" aria-label="Assumptions of this preset">${notes.map((a) => `<p>${esc(a)}</p>`).join('')}</div>`;
}
