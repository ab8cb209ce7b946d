/** The trained run's figures: the results table, the two curves, and the text before and after. */
import type { XYChartSpec } from '../../../lib/chart';
import { formatBytes, formatDurationMs, formatNumber, formatPercent } from '../../../lib/format';
import { esc } from '../../../lib/format/html';
import { ALGORITHM_LABELS, type DemoResult, timeToLoss } from '../../../lib/train';

/** Time to target: the target is within 5% of the best final loss of the run, the paper's margin. */
export const TARGET_MARGIN = 0.05;

export function targetLoss(result: DemoResult): number {
  return Math.min(...result.runs.map((r) => r.finalLoss)) * (1 + TARGET_MARGIN);
}

export const lossText = (nats: number) => `${formatNumber(nats, { sigFigs: 3 })} nats/char`;
export const hoursText = (s: number | null) => (s === null ? 'not reached' : formatDurationMs(s * 1000, 3));

export function resultsTableHtml(result: DemoResult): string {
  const target = targetLoss(result);
  const rows = result.runs
    .map((r) => {
      const stale =
        r.staleness !== undefined ? ` (gradients ${r.staleness} step${r.staleness === 1 ? '' : 's'} stale)` : '';
      return (
        `<tr data-algorithm="${esc(r.id)}"><th scope="row">${esc(ALGORITHM_LABELS[r.id])}${esc(stale)}</th>` +
        `<td>${esc(lossText(r.finalLoss))}</td><td>${esc(hoursText(timeToLoss(r.curve, target)))}</td>` +
        `<td>${esc(formatBytes(r.wanBytes, 3))}</td><td>${esc(formatNumber(r.syncs, { sigFigs: 4 }))}</td>` +
        `<td>${esc(formatPercent(r.utilisation, 3))}</td><td>${esc(hoursText(r.timeS))}</td></tr>`
      );
    })
    .join('');
  return (
    // The note sits above the scrolling box, not in the caption: a caption is as wide as the table, so on a
    // phone its end was out of sight until the reader scrolled the table sideways.
    `<p class="train-table-note">Each algorithm at equal tokens. Target: ${esc(lossText(target))}, within 5% of the best final loss. Bigram baseline: ${esc(lossText(result.bigramLoss))}; untrained: ${esc(lossText(result.initialLoss))}.</p>` +
    '<div class="train-table-scroll" tabindex="0" role="region" aria-label="Results of each algorithm"><table class="train-results">' +
    '<caption class="visually-hidden">Results of each algorithm</caption>' +
    '<thead><tr><th scope="col">Algorithm</th><th scope="col">Final validation loss</th><th scope="col">Time to target</th>' +
    '<th scope="col">Sent per site over the WAN</th><th scope="col">Exchanges</th><th scope="col">Compute utilisation</th><th scope="col">Simulated time</th></tr></thead>' +
    `<tbody>${rows}</tbody></table></div>`
  );
}

export function lossVsTimeSpec(result: DemoResult): XYChartSpec {
  return {
    kind: 'line',
    id: 'train-loss-time',
    title: 'Validation loss against simulated wall clock',
    description:
      'Validation loss of the toy model for each algorithm against the simulated time of the chosen system: compute per inner step plus the exposed time of every exchange over the WAN.',
    x: { label: 'Simulated time', unit: 'h', zero: true },
    y: { label: 'Validation loss', unit: 'nats/char' },
    series: result.runs.map((r) => ({
      label: ALGORITHM_LABELS[r.id],
      points: r.curve.map((p) => ({ x: p.timeS / 3600, y: p.validationLoss })),
    })),
    annotations: [{ kind: 'y', y: result.bigramLoss, label: 'Bigram baseline' }],
  };
}

export function lossVsBytesSpec(result: DemoResult): XYChartSpec {
  return {
    kind: 'line',
    id: 'train-loss-bytes',
    title: 'Validation loss against bytes sent over the WAN',
    description:
      'Validation loss against the bytes each site has sent over the WAN so far (logarithmic axis); the start, before any exchange, is left out.',
    x: { label: 'Sent per site over the WAN', unit: 'B', scale: 'log', format: 'si' },
    y: { label: 'Validation loss', unit: 'nats/char' },
    series: result.runs.map((r) => ({
      label: ALGORITHM_LABELS[r.id],
      points: r.curve.filter((p) => p.wanBytes > 0).map((p) => ({ x: p.wanBytes, y: p.validationLoss })),
    })),
    annotations: [{ kind: 'y', y: result.bigramLoss, label: 'Bigram baseline' }],
  };
}

export function samplesHtml(result: DemoResult): string {
  const after = result.runs
    .map(
      (r) =>
        `<div class="train-sample"><p class="train-sample__label">After: ${esc(ALGORITHM_LABELS[r.id])}</p><pre>${esc(result.prompt.trimStart() + r.sample)}</pre></div>`,
    )
    .join('');
  return (
    '<details class="train-samples" open><summary>Text the model writes, before and after training</summary>' +
    `<div class="train-sample"><p class="train-sample__label">Before training</p><pre>${esc(result.prompt.trimStart() + result.sampleBefore)}</pre></div>${after}</details>`
  );
}
