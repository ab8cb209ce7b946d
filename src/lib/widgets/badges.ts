/**
 * Provenance badges on widget outputs. A value the reader set is the reader's; a computed value takes
 * the weakest status of what it read (provenance.ts), and a reader-set input counts as an assumption.
 */
import { type Status, weakestStatus } from '../data/provenance';
import type { BadgeStatus } from '../format/status-badge';

export type InputStatus = BadgeStatus;

export function computedStatus(inputs: readonly InputStatus[]): Status {
  return weakestStatus(inputs.map((s) => (s === 'reader' ? 'assumed' : s)));
}
