/** The memory widget's two tables: the smallest split per option, and the chosen split's exchanges. */
import { formatBytes, formatNumber } from '../../../lib/format';
import { esc } from '../../../lib/format/html';
import type { MemorySplitResult, SplitExchange, SplitKind } from '../../../lib/sim/unchecked';
import { scrollTable } from '../../shared/scroll-table';
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

const table = (id: string, caption: string, head: readonly string[], rows: readonly string[][]): string =>
  scrollTable({ kind: 'memory-table', out: id, caption, head, rows: rows.map((r) => r.map(esc)) });

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
