/** One labelled output with its badge: the shared look of every widget readout. */
import { esc } from '../../lib/format/html';
import { type BadgeStatus, statusBadgeHtml } from '../../lib/format/status-badge';

export function readoutHtml(
  key: string,
  label: string,
  value: string,
  status: BadgeStatus,
  computed = status !== 'reader',
): string {
  return `<div class="widget-readout" data-out="${esc(key)}"><dt>${esc(label)}</dt><dd><span class="widget-readout__value">${esc(value)}</span> ${statusBadgeHtml(status, { computed })}</dd></div>`;
}
