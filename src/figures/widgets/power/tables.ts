/** The side-by-side table: one site holding the cluster against the same cluster over N sites. */
import { formatDurationMs, formatNumber, formatPercent } from '../../../lib/format';
import { esc } from '../../../lib/format/html';
import type { SiteSplitResult, SplitSide } from '../../../lib/sim/unchecked';
import { scrollTable } from '../../shared/scroll-table';
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
  return scrollTable({
    kind: 'power-table',
    out: 'side-by-side',
    caption: 'One site holding the whole cluster, against the same cluster split over the sites as set',
    head: ['Figure', sitesLabel(1), sitesLabel(r.split.sites)],
    rows: rows.map(([label, cell]) => [esc(label), esc(cell(r.mega)), esc(cell(r.split))]),
  });
}
