/** Words of the failures widget: the three policies, and durations in the unit a reader thinks in. */
import { convert, formatNumber } from '../../../lib/format';
import type { FailurePolicy } from '../../../lib/sim/unchecked';

export const POLICY_LABEL: Record<FailurePolicy, string> = {
  stall: 'Stall and restart',
  'reduced-dp': 'Continue at reduced DP',
  decoupled: 'Decoupled learners',
};

export const POLICY_WHAT: Record<FailurePolicy, string> = {
  stall: 'every fault stops every GPU, which restart from the last checkpoint',
  'reduced-dp': 'the replica with the fault (or a dark site’s replicas) drops out, the rest regroup and go on',
  decoupled: 'each learner checkpoints and restarts alone; the others never wait',
};

/** A duration in the unit a reader thinks in: minutes under two hours, hours under two days, else days. */
export function formatSpan(s: number): string {
  if (s < 7200) return `${formatNumber(convert(s, 's', 'min'), { sigFigs: 2 })} min`;
  if (s < 2 * 86400) return `${formatNumber(convert(s, 's', 'h'), { sigFigs: 2 })} h`;
  return `${formatNumber(convert(s, 's', 'd'), { sigFigs: 2 })} days`;
}
