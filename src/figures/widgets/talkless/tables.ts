/** The talking-less widget's table of every schedule at the link as set, and the table markup it shares. */
import { formatBitsPerS, formatBytes, formatPercent } from '../../../lib/format';
import { esc } from '../../../lib/format/html';
import { scrollTable } from '../../shared/scroll-table';
import { METHOD_LABEL, TARGET_UTILISATIONS } from './labels';
import type { MethodRun } from './run';

export const needText = (bw: number | null, a: string) =>
  bw === null ? 'none is enough' : `${a}${formatBitsPerS(bw, 2)}`;
export const perHourText = (bytes: number, a: string) => `${a}${formatBytes(bytes, 3)} per hour`;

export const table = (id: string, caption: string, head: readonly string[], rows: readonly string[][]): string =>
  scrollTable({
    kind: 'talkless-table',
    out: id,
    caption,
    head,
    // Row labels are text; the figures arrive as HTML.
    rows: rows.map(([first, ...rest]) => [esc(first ?? ''), ...rest]),
  });

export function methodsTable(methods: readonly MethodRun[], a: string): string {
  const rows = methods.map((m) => [
    METHOD_LABEL[m.key],
    esc(`${a}${formatPercent(m.cost.computeUtilisation, 3)}`),
    esc(perHourText(m.cost.wanBytesPerHour, a)),
    ...m.needs.map((n) => esc(needText(n, a))),
  ]);
  return table(
    'methods-table',
    'Every schedule at your link: utilisation, bytes each site sends per hour, and the bandwidth per direction each utilisation needs',
    ['Schedule', 'Utilisation', 'WAN bytes', ...TARGET_UTILISATIONS.map((u) => `For ${formatPercent(u, 2)}`)],
    rows,
  );
}
