/** What a widget run is, for download and print: its inputs and outputs, each with a unit and status. */
import type { BadgeStatus as InputStatus } from '../../lib/format/status-badge';

export interface RunValue {
  key: string;
  label: string;
  /** Machine value in the unit named (SI inside: bytes, bytes/s, s, km). */
  value: number | string | boolean | null;
  unit: string;
  /** The same value as the widget shows it (formatted, with units). */
  shown: string;
  status: InputStatus;
  /** For a computed output: every source its computation read (read-tracker.ts). */
  sources?: readonly string[];
}

export interface RunRecord {
  widget: string;
  title: string;
  /** The query string that restores this run. */
  query: string;
  inputs: RunValue[];
  outputs: RunValue[];
}
