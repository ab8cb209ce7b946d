/** One labelled output with its badge: the shared look of every widget readout. */
import { badgeHtml, type InputStatus } from './badges';
import { esc } from './html';

export function readoutHtml(key: string, label: string, value: string, status: InputStatus): string {
  return `<div class="widget-readout" data-out="${esc(key)}"><dt>${esc(label)}</dt><dd><span class="widget-readout__value">${esc(value)}</span> ${badgeHtml(status, { computed: status !== 'reader' })}</dd></div>`;
}

/** "~" marks a figure that is not known outright. */
export const approx = (s: InputStatus) => (s === 'known' ? '' : '~');
