/**
 * What a widget shows for a layout that cannot run: why, and no time or MFU. A step time for a
 * pipeline that never fills, or for weights that do not fit in HBM, would be a number about nothing.
 */

import { esc } from '../../lib/format/html';
import type { StepSummary } from '../../lib/sim';

export interface CannotRun {
  title: 'Cannot be scheduled' | 'Does not fit in HBM';
  reason: string;
}

export function cannotRun(s: Pick<StepSummary, 'fitsInMemory' | 'schedulable' | 'problem'>): CannotRun | null {
  if (s.schedulable && s.fitsInMemory) return null;
  const reason = s.problem ?? '';
  return {
    title: s.schedulable ? 'Does not fit in HBM' : 'Cannot be scheduled',
    reason: reason.charAt(0).toUpperCase() + reason.slice(1),
  };
}

export function cannotRunHtml(c: CannotRun): string {
  return `<div class="widget-cannot-run" role="status" data-out="cannot-run"><p><strong>${esc(c.title)}.</strong> ${esc(c.reason)}. No step time is shown, because this layout cannot run.</p></div>`;
}
