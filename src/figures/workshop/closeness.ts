/**
 * How close a participant's prediction came to the engine's value. Pure and small, because the
 * exercise page's script runs it in the browser and the tests run it in Node: one rule in both places.
 */

export type Tolerance =
  /** Close when within this factor either way (a count, a time: an order-of-magnitude sense). */
  | { kind: 'factor'; factor: number }
  /** Close when within this many units either way (a percentage, in percentage points). */
  | { kind: 'absolute'; within: number };

export interface Verdict {
  close: boolean;
  /** How far off, in words, e.g. "2.5 times too high" or "4 percentage points too low". */
  off: string;
}

const short = (x: number) => String(Number(x.toPrecision(2)));

export function judgeNumber(predicted: number, actual: number, rule: Tolerance, unitWord: string): Verdict {
  if (!Number.isFinite(predicted) || !Number.isFinite(actual)) return { close: false, off: 'not comparable' };
  if (rule.kind === 'absolute') {
    const diff = predicted - actual;
    const close = Math.abs(diff) <= rule.within;
    if (Math.abs(diff) < 1e-9 * Math.max(1, Math.abs(actual))) return { close, off: 'spot on' };
    return { close, off: `${short(Math.abs(diff))} ${unitWord} too ${diff > 0 ? 'high' : 'low'}` };
  }
  if (predicted <= 0 || actual <= 0) {
    return { close: predicted === actual, off: predicted === actual ? 'spot on' : 'of the wrong sign or zero' };
  }
  const ratio = predicted / actual;
  const close = ratio <= rule.factor && ratio >= 1 / rule.factor;
  if (Math.abs(ratio - 1) < 0.005) return { close, off: 'spot on' };
  return ratio > 1
    ? { close, off: `${short(ratio)} times too high` }
    : { close, off: `${short(1 / ratio)} times too low` };
}

export function judgeChoice(predicted: string, actual: string, labels: Readonly<Record<string, string>>): Verdict {
  const close = predicted === actual;
  return { close, off: close ? 'right' : `the answer is “${labels[actual] ?? actual}”` };
}

/** The rule in words, for the teacher view and the reveal. */
export function toleranceText(rule: Tolerance, unitWord: string): string {
  return rule.kind === 'factor'
    ? `within a factor of ${rule.factor} either way counts as close`
    : `within ${rule.within} ${unitWord} either way counts as close`;
}
