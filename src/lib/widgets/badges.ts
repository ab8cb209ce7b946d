/**
 * Provenance badges on widget outputs. A value the reader set is the reader's; a computed value takes
 * the weakest status of its inputs, and a reader-set input counts as an assumption (the reader's).
 */
import { type Status, weakestStatus } from '../data/provenance';
import { esc } from './html';

export type InputStatus = Status | 'reader';

export function computedStatus(inputs: readonly InputStatus[]): Status {
  return weakestStatus(inputs.map((s) => (s === 'reader' ? 'assumed' : s)));
}

const TEXT: Record<InputStatus, { label: string; title: string }> = {
  known: { label: 'known', title: 'Known: published by the operator or measured by a primary source.' },
  estimated: { label: 'est.', title: 'Estimated: inferred by a third party or derived by us; not published.' },
  assumed: { label: 'assumed', title: 'Assumed: a modelling assumption where no source gives the value.' },
  reader: { label: 'yours', title: 'Yours: a value you set with the controls.' },
};

/** The badge as HTML; `computed` adds "computed from" wording for screen readers. */
export function badgeHtml(status: InputStatus, opts: { computed?: boolean } = {}): string {
  const t = TEXT[status];
  const spoken = opts.computed ? `computed; weakest input ${t.label}` : t.label;
  return `<span class="wbadge wbadge--${status}" title="${esc(t.title)}"><span class="wbadge__shape" aria-hidden="true"></span><span aria-hidden="true">${esc(t.label)}</span><span class="visually-hidden">(${esc(spoken)})</span></span>`;
}

export function statusLabel(status: InputStatus): string {
  return status === 'reader' ? 'yours' : status;
}
