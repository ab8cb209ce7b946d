/** The talking-less widget's table of every schedule at the link as set, and the table markup it shares. */
import { formatBitsPerS, formatBytes, formatPercent } from '../../../lib/format';
import { esc } from '../../../lib/format/html';
import { METHOD_LABEL, TARGET_UTILISATIONS } from './labels';
import type { MethodRun } from './run';

export const needText = (bw: number | null, a: string) =>
  bw === null ? 'none is enough' : `${a}${formatBitsPerS(bw, 2)}`;
export const perHourText = (bytes: number, a: string) => `${a}${formatBytes(bytes, 3)} per hour`;

export function table(id: string, caption: string, head: readonly string[], rows: readonly string[][]): string {
  const th = head.map((h) => `<th scope="col">${esc(h)}</th>`).join('');
  const body = rows
    .map(
      ([first, ...rest]) =>
        `<tr><th scope="row">${esc(first ?? '')}</th>${rest.map((c) => `<td>${c}</td>`).join('')}</tr>`,
    )
    .join('');
  return `<div class="talkless-table" role="region" tabindex="0" aria-label="${esc(caption)}" data-out="${esc(id)}"><table class="widget-io"><caption>${esc(caption)}</caption><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table></div>`;
}

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
