/** Words for the three failure policies, shared by the chart, the readouts and the summary. */
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
