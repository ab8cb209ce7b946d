/**
 * The memory widget as a pure function of its state: memory per GPU for every sharding option with
 * and without recomputation, as stacked bars against the GPU's HBM; the smallest split that fits;
 * and what the split as set exchanges per step.
 */
import type { BarChartSpec } from '../../../lib/chart';
import { formatBytes, formatNumber } from '../../../lib/format';
import { esc } from '../../../lib/format/html';
import { approx, type BadgeStatus as InputStatus } from '../../../lib/format/status-badge';
import type { MemorySplitResult } from '../../../lib/sim/unchecked';
import { chartFigureHtml } from '../../shared/chart-figure';
import { printTableHtml } from '../../shared/print-model';
import { readoutHtml } from '../../shared/readout';
import type { RunValue } from '../../shared/run-record';
import { summaryText } from '../../shared/text-summary';
import { assumptionsHtml } from '../../shared/wan-inputs';
import type { RenderedWidget } from '../widget';
import { gpusPerCopy, optionLabel, SHARDING_LABEL, SHARDING_SHORT } from './labels';
import { type MemoryRun, memoryRun } from './run';
import { type MemoryState, memoryUrl } from './state';
import { exchangesTable, smallestSplitTable } from './tables';

const GB = 1e9;
const PARTS = [
  ['weightsBytes', 'Weights'],
  ['gradientsBytes', 'Gradients'],
  ['optimizerBytes', 'Optimizer state'],
  ['activationsBytes', 'Activations'],
] as const;

export function memoryChartSpec(r: MemorySplitResult): BarChartSpec {
  return {
    kind: 'bar',
    id: 'memory-options',
    title: 'Memory per GPU, by option',
    description:
      'Stacked bars, one per option: no sharding (Z0) and ZeRO stages 1 to 3, first keeping activations, then (marked +R) recomputing them; each bar stacks weights, gradients, optimizer state and activations, against a line at the GPU’s memory.',
    categoryLabel: 'ZeRO stage (+R: recompute)',
    categories: r.options.map((o) => `${SHARDING_SHORT[o.sharding]}${o.recompute ? '+R' : ''}`),
    y: { label: 'Memory per GPU', unit: 'GB', zero: true },
    stacked: true,
    series: PARTS.map(([key, label]) => ({ label, values: r.options.map((o) => o.memory[key] / GB) })),
    annotations: [{ kind: 'y', y: r.hbmBytes / GB, label: `HBM ${formatBytes(r.hbmBytes, 3)}` }],
  };
}

function inputs(state: MemoryState, run: MemoryRun): RunValue[] {
  const mine = (key: keyof MemoryState): InputStatus =>
    run.readerSet && key !== 'preset' ? 'reader' : run.preset.layout.status;
  const n = (x: number) => formatNumber(x, { sigFigs: 6 });
  return [
    { key: 'preset', label: 'Preset', value: run.preset.id, unit: '', shown: run.preset.label, status: mine('preset') },
    { key: 'gpu', label: 'GPU', value: state.gpu, unit: '', shown: run.gpu.name, status: mine('gpu') },
    { key: 'tp', label: 'Tensor-parallel ways', value: state.tp, unit: '', shown: n(state.tp), status: mine('tp') },
    {
      key: 'pp',
      label: 'Pipeline stages',
      value: run.config.pp,
      unit: '',
      shown: n(run.config.pp),
      status: mine('pp'),
    },
    {
      key: 'mbs',
      label: 'Sequences per micro-batch',
      value: state.mbs,
      unit: '',
      shown: n(state.mbs),
      status: mine('mbs'),
    },
    {
      key: 'zero',
      label: 'Sharding',
      value: state.zero,
      unit: '',
      shown: SHARDING_LABEL[state.zero],
      status: mine('zero'),
    },
    {
      key: 'rc',
      label: 'Recompute activations',
      value: state.rc,
      unit: '',
      shown: state.rc ? 'yes' : 'no',
      status: mine('rc'),
    },
  ];
}

export function renderMemoryWidget(state: MemoryState, given: MemoryRun = memoryRun(state)): RenderedWidget {
  const { preset, result: r, gpu, status, sources, config } = given;
  const a = approx(status);
  const m = r.chosen.memory;
  const hbm = formatBytes(r.hbmBytes, 3);
  const total = `${a}${formatBytes(m.totalBytes, 3)} of ${hbm}`;
  const verdict = r.chosen.fits ? 'fits' : 'does not fit';
  const fitIndex = r.options.indexOf(r.chosen);
  const fit = r.smallest[fitIndex] ?? null;
  const smallest = fit
    ? `${fit.tp} × ${fit.pp} (${gpusPerCopy(fit.tp * fit.pp)} per copy)`
    : `none: even one layer per GPU overflows one ${gpu.name}`;
  const exchanged = `${a}${formatBytes(r.exchangedBytesPerGpuPerStep, 3)}`;
  const option = optionLabel(state.zero, state.rc);
  const readouts =
    '<dl class="widget-readouts">' +
    readoutHtml('total', `Per GPU: ${option}`, `${total} (${verdict})`, status) +
    PARTS.map(([key, label]) =>
      readoutHtml(key.replace('Bytes', ''), label, `${a}${formatBytes(m[key], 3)}`, status),
    ).join('') +
    readoutHtml('smallest', 'Smallest tensor × pipeline split that fits', smallest, status) +
    readoutHtml('exchanged', 'Sent per GPU per step, all splits', exchanged, status) +
    '</dl>';
  const clampNote =
    given.clampedPp !== null
      ? `<p class="widget-answer" role="note" data-out="clamped">${esc(`The model has ${given.clampedPp} layers, so the pipeline uses ${given.clampedPp} stages, one layer each.`)}</p>`
      : '';
  const chart = chartFigureHtml(
    memoryChartSpec(r),
    `${preset.label} at ${config.tp}-way tensor × ${config.pp}-stage pipeline on ${gpu.name}, ${formatNumber(config.shardRanks)} data-parallel ranks per site sharing the states. Z0 is no sharding, +R recomputes activations; the line is one GPU’s memory, and a bar above it does not fit.`,
  );
  const summary = summaryText([
    `${preset.label} on ${gpu.name} at ${config.tp} × ${config.pp} (${option}): ${total} per GPU, so it ${verdict}`,
    fit
      ? `The smallest split that fits this option is ${fit.tp} × ${fit.pp}; the split as set sends ${exchanged} per GPU per step`
      : `No tensor × pipeline split fits this option on ${gpu.name}`,
  ]);
  const query = memoryUrl.serialize(state);
  const outputs: RunValue[] = [
    ...r.options.map((o) => ({
      key: `${o.sharding}${o.recompute ? 'Recompute' : ''}TotalBytes`,
      label: `Per GPU: ${optionLabel(o.sharding, o.recompute)}`,
      value: o.memory.totalBytes,
      unit: 'B',
      shown: `${a}${formatBytes(o.memory.totalBytes, 3)}`,
      status,
      sources,
    })),
    ...PARTS.map(([key, label]) => ({
      key,
      label: `${label} (as set)`,
      value: m[key],
      unit: 'B',
      shown: `${a}${formatBytes(m[key], 3)}`,
      status,
      sources,
    })),
    { key: 'hbmBytes', label: 'HBM per GPU', value: r.hbmBytes, unit: 'B', shown: hbm, status, sources },
    {
      key: 'smallestSplit',
      label: 'Smallest TP × PP that fits (as set)',
      value: fit ? `${fit.tp}x${fit.pp}` : null,
      unit: '',
      shown: smallest,
      status,
      sources,
    },
    ...r.exchanges.map((e) => ({
      key: `${e.split}-${e.collective}`,
      label: `${e.split} split, ${e.collective} (${e.payload}), per GPU per step`,
      value: e.bytesPerGpuPerStep,
      unit: 'B',
      shown: `${a}${formatBytes(e.bytesPerGpuPerStep, 3)}`,
      status,
      sources,
    })),
  ];
  const run = { widget: 'memory', title: 'Memory and the split', query, inputs: inputs(state, given), outputs };
  const html = `${readouts}${clampNote}${assumptionsHtml(preset)}${chart}${smallestSplitTable(r, a)}${exchangesTable(r, a)}<div class="widget-print">${printTableHtml(run)}</div>`;
  return { html, summary, run };
}
