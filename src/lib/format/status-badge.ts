/**
 * Known / estimated / assumed (and the reader's own), readable without colour: a word, a shape and a
 * title saying what the status means. One implementation for the article (StatusBadge.astro) and the
 * widgets, which render HTML strings in workers; styles in src/styles/badge.css.
 */
import type { Status } from '../data/provenance';
import { esc } from './html';

export type BadgeStatus = Status | 'reader';

/** Words for each status: a short visible label, the spoken word, and the explanation on hover. */
export const STATUS_TEXT: Record<BadgeStatus, { label: string; spoken: string; title: string }> = {
  known: {
    label: 'known',
    spoken: 'known',
    title: 'Known: published by the operator or measured by a primary source.',
  },
  estimated: {
    label: 'est.',
    spoken: 'estimated',
    title:
      'Estimated: inferred by a third party (satellite imagery, filings, analysts) or derived by us; not published by the operator.',
  },
  assumed: {
    label: 'assumed',
    spoken: 'assumed',
    title: 'Assumed: a modelling assumption, chosen where no source gives the value.',
  },
  reader: { label: 'yours', spoken: 'yours', title: 'Yours: a value you set with the controls.' },
};

/** "~" before a single value that is not known outright; a range already says it is not exact. */
export const approx = (s: BadgeStatus, isRange = false): string => (s === 'known' || isRange ? '' : '~');

/** The badge as HTML; `computed` says "computed; weakest input …" to screen readers. */
export function statusBadgeHtml(status: BadgeStatus, opts: { computed?: boolean } = {}): string {
  const t = STATUS_TEXT[status];
  const spoken = opts.computed ? `computed; weakest input ${t.spoken}` : t.spoken;
  return `<span class="badge badge--${status}" data-pagefind-ignore title="${esc(t.title)}"><span class="badge__shape" aria-hidden="true"></span><span class="badge__label" aria-hidden="true">${esc(t.label)}</span><span class="visually-hidden">(${esc(spoken)})</span></span>`;
}
