/** The memory widget's two tables: the smallest split per option, and the chosen split's exchanges. */
import { formatBytes, formatNumber } from '../../../lib/format';
import { esc } from '../../../lib/format/html';
import type { MemorySplitResult, SplitExchange, SplitKind } from '../../../lib/sim/unchecked';
import { gpusPerCopy, optionLabel } from './labels';

const SPLIT_LABEL: Record<SplitKind, string> = {
  tensor: 'Tensor',
  pipeline: 'Pipeline',
  data: 'Data (inside a site)',
  expert: 'Expert',
};
const NETWORK_LABEL: Record<SplitExchange['network'], string> = {
  'scale-up': 'scale-up (NVLink)',
  'scale-out': 'scale-out (NICs)',
};

function table(id: string, caption: string, head: readonly string[], rows: readonly string[][]): string {
  const th = head.map((h) => `<th scope="col">${esc(h)}</th>`).join('');
  const body = rows
    .map(
      (r) =>
        `<tr><th scope="row">${esc(r[0] ?? '')}</th>${r
          .slice(1)
          .map((c) => `<td>${esc(c)}</td>`)
          .join('')}</tr>`,
    )
    .join('');
  return `<div class="memory-table" role="region" tabindex="0" aria-label="${esc(caption)}" data-out="${esc(id)}"><table class="widget-io"><caption>${esc(caption)}</caption><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table></div>`;
}

export function smallestSplitTable(r: MemorySplitResult, a: string): string {
  const rows = r.options.map((o, i) => {
    const fit = r.smallest[i];
    return [
      optionLabel(o.sharding, o.recompute),
      `${a}${formatBytes(o.memory.totalBytes, 3)}${o.fits ? '' : ' (too much)'}`,
      fit ? `${fit.tp} × ${fit.pp} (${gpusPerCopy(fit.tp * fit.pp)})` : 'none on this GPU',
      fit ? `${a}${formatBytes(fit.memory.totalBytes, 3)}` : '–',
    ];
  });
  return table(
    'smallest-table',
    'Each option at the split as set, and the smallest tensor × pipeline split that fits',
    ['Option', 'Per GPU as set', 'Smallest TP × PP that fits', 'Per GPU there'],
    rows,
  );
}

export function exchangesTable(r: MemorySplitResult, a: string): string {
  if (r.exchanges.length === 0)
    return '<p class="widget-answer" data-out="exchanges-table">One GPU holds the whole model and no replica shares its states: nothing is exchanged.</p>';
  const rows = r.exchanges.map((e) => [
    SPLIT_LABEL[e.split],
    `${e.collective}: ${e.payload}`,
    formatNumber(e.perStep, { sigFigs: 4 }),
    `${a}${formatBytes(e.bytesPerGpuEach, 3)}`,
    `${a}${formatBytes(e.bytesPerGpuPerStep, 3)}`,
    NETWORK_LABEL[e.network],
  ]);
  return table(
    'exchanges-table',
    'What the split as set exchanges in one step, per GPU',
    ['Split', 'Exchange', 'Times per step', 'Bytes each', 'Bytes per step', 'Network'],
    rows,
  );
}
