/**
 * What "communication not hidden" is made of, from the engine's step summary: the exchanges still
 * running after the pipeline drains (the gradient exchange's tail and the weight gather that leads the
 * next step) and those the passes wait for on the way (tensor-parallel collectives, hand-offs between
 * stages). A bare remainder tells the reader nothing about which exchange to shorten.
 */
import type { StepSummary } from '../../../lib/sim/unchecked';
import type { StepState } from './state';

export interface ExposedParts {
  /** After the last backward pass: the gradient exchange's tail and the weight gather. */
  afterBackwardS: number;
  /** Inside the passes: tensor-parallel collectives and stage hand-offs the GPUs wait for. */
  insidePassesS: number;
}

export function exposedParts(s: Pick<StepSummary, 'exposedCommS' | 'exposedDataParallelS'>): ExposedParts {
  const afterBackwardS = Math.min(s.exposedCommS, s.exposedDataParallelS);
  return { afterBackwardS, insidePassesS: s.exposedCommS - afterBackwardS };
}

/** One sentence naming each part, larger first; `time` formats seconds as the readouts do. */
export function exposedSentence(parts: ExposedParts, cross: StepState['cross'], time: (s: number) => string): string {
  const after = {
    s: parts.afterBackwardS,
    text: `${time(parts.afterBackwardS)} is the gradient exchange still running after the last backward pass${cross === 'dp' ? ' (inside each site and over the WAN)' : ''}, with the weight gather before the next forward`,
  };
  const inside = {
    s: parts.insidePassesS,
    text: `${time(parts.insidePassesS)} is exchanges the passes wait for: tensor-parallel collectives in each rack and hand-offs between pipeline stages${cross === 'pp' ? ', some of them over the WAN' : ''}`,
  };
  const shown = [after, inside].filter((p) => p.s > 0).sort((a, b) => b.s - a.s);
  if (shown.length === 0) return 'Every exchange is hidden behind compute: no GPU waits for the network.';
  return `Of the communication not hidden, ${shown.map((p) => p.text).join('; ')}.`;
}
