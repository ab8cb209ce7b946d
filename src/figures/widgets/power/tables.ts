/** The side-by-side table: one site holding the cluster against the same cluster over N sites. */
import { formatDurationMs, formatNumber, formatPercent } from '../../../lib/format';
import { esc } from '../../../lib/format/html';
import type { SiteSplitResult, SplitSide } from '../../../lib/sim/unchecked';
import { count, formatMw, sitesLabel } from './labels';

const days = (s: SplitSide, a: string) =>
  s.days === null
    ? `cannot run: ${s.step.problem ?? 'no schedule'}`
    : `${a}${formatNumber(s.days, { sigFigs: 3 })} days`;

export function sideBySideTable(r: SiteSplitResult, a: string): string {
  const rows: [string, (s: SplitSide) => string][] = [
    ['GPUs per site', (s) => count(s.perSite.gpus)],
    ['Racks per site', (s) => count(s.perSite.racks)],
    ['Grid connection per site', (s) => `${a}${formatMw(s.perSite.facilityPowerMw)}`],
    ['Step time', (s) => `${a}${formatDurationMs(s.step.stepTimeS * 1000)}`],
    ['Model FLOPs utilisation', (s) => `${a}${formatPercent(s.step.mfu, 3)}`],
    ['Time to train, before failures', (s) => days(s, a)],
  ];
  const head = `<th scope="col">Figure</th><th scope="col">${esc(sitesLabel(1))}</th><th scope="col">${esc(sitesLabel(r.split.sites))}</th>`;
  const body = rows
    .map(
      ([label, cell]) =>
        `<tr><th scope="row">${esc(label)}</th><td>${esc(cell(r.mega))}</td><td>${esc(cell(r.split))}</td></tr>`,
    )
    .join('');
  const caption = 'One site holding the whole cluster, against the same cluster split over the sites as set';
  return `<div class="power-table" role="region" tabindex="0" aria-label="${esc(caption)}" data-out="side-by-side"><table class="widget-io"><caption>${esc(caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}
