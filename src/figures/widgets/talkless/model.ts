/**
 * The talking-less widget as a pure function of its state: each schedule's WAN bytes and compute
 * utilisation at the reader's link, the bandwidth for 50 / 90 / 99% utilisation, a chart of
 * utilisation over bandwidth. The published results beside it are drawn at build time (published-section.ts).
 */
import { formatBitsPerS, formatBytes, formatDurationMs, formatNumber, formatPercent } from '../../../lib/format';
import { esc } from '../../../lib/format/html';
import { approx, type BadgeStatus } from '../../../lib/format/status-badge';
import { chartFigureHtml } from '../../shared/chart-figure';
import { printTableHtml } from '../../shared/print-model';
import { readoutHtml } from '../../shared/readout';
import type { RunValue } from '../../shared/run-record';
import { summaryText } from '../../shared/text-summary';
import { assumptionsHtml, inputStatus, wanRunValues } from '../../shared/wan-inputs';
import type { RenderedWidget } from '../widget';
import { utilisationChartSpec } from './charts';
import { METHOD_LABEL, TARGET_UTILISATIONS } from './labels';
import { type TalklessRun, talklessRun } from './run';
import { type TalklessState, talklessUrl } from './state';
import { methodsTable, needText, perHourText } from './tables';

function inputs(state: TalklessState, run: TalklessRun): RunValue[] {
  const reader: BadgeStatus = 'reader';
  const n = (x: number) => formatNumber(x, { sigFigs: 6 });
  const row = (key: keyof TalklessState, label: string, value: number, unit: string, shownText: string): RunValue => ({
    key,
    label,
    value,
    unit,
    shown: shownText,
    status: run.readerSet ? reader : run.status,
  });
  return [
    {
      key: 'preset',
      label: 'Preset',
      value: run.preset.id,
      unit: '',
      shown: run.preset.label,
      status: run.preset.layout.status,
    },
    ...wanRunValues(run.wan),
    {
      key: 'method',
      label: 'Schedule',
      value: state.method,
      unit: '',
      shown: METHOD_LABEL[state.method],
      status: reader,
    },
    row('h', 'Inner steps per sync (H)', state.h, 'steps', n(state.h)),
    row('frag', 'Fragments (streaming)', state.frag, '', n(state.frag)),
    row('ov', 'Inner steps overlapping each exchange (streaming)', state.ov, 'steps', n(state.ov)),
    row('bits', 'Bits per value exchanged (not data parallel)', state.bits, 'bit', n(state.bits)),
    {
      key: 'sites',
      label: 'Sites',
      value: state.sites,
      unit: '',
      shown: n(state.sites),
      status: run.sitesSet ? reader : run.preset.layout.status,
    },
  ];
}

function outputs(run: TalklessRun, a: string): RunValue[] {
  const { status, sources } = run;
  return run.methods.flatMap((m) => [
    {
      key: `${m.key}.utilisation`,
      label: `${METHOD_LABEL[m.key]}: compute utilisation at your link`,
      value: m.cost.computeUtilisation,
      unit: '',
      shown: `${a}${formatPercent(m.cost.computeUtilisation, 3)}`,
      status,
      sources,
    },
    {
      key: `${m.key}.wanBytesPerHour`,
      label: `${METHOD_LABEL[m.key]}: WAN bytes per site per hour`,
      value: m.cost.wanBytesPerHour,
      unit: 'B/h',
      shown: perHourText(m.cost.wanBytesPerHour, a),
      status,
      sources,
    },
    ...TARGET_UTILISATIONS.map((u, i) => ({
      key: `${m.key}.bandwidthFor${Math.round(u * 100)}`,
      label: `${METHOD_LABEL[m.key]}: bandwidth for ${formatPercent(u, 2)} utilisation`,
      value: m.needs[i] ?? null,
      unit: 'B/s',
      shown: needText(m.needs[i] ?? null, a),
      status,
      sources,
    })),
  ]);
}

export function renderTalklessWidget(state: TalklessState, given: TalklessRun = talklessRun(state)): RenderedWidget {
  const run = given;
  const { status, chosen } = run;
  const a = approx(status);
  const label = METHOD_LABEL[state.method];
  const dp = run.methods.find((m) => m.key === 'dp');
  const util = `${a}${formatPercent(chosen.cost.computeUtilisation, 3)}`;
  const perHour = perHourText(chosen.cost.wanBytesPerHour, a);
  const needs = TARGET_UTILISATIONS.map((u, i) => `${formatPercent(u, 2)}: ${needText(chosen.needs[i] ?? null, a)}`);
  const perInnerStep = (c: TalklessRun['chosen']['cost']) => c.bytesPerSync / c.innerStepsPerSync;
  const reduction = dp ? perInnerStep(dp.cost) / perInnerStep(chosen.cost) : 1;
  const delay = formatDurationMs(run.wanLatencyS * 1000, 3);
  const readouts =
    '<dl class="widget-readouts">' +
    readoutHtml('utilisation', `${label}: compute utilisation at your link`, util, status) +
    readoutHtml('bytes', 'WAN bytes each site sends', perHour, status) +
    readoutHtml(
      'average',
      'Average bandwidth used',
      `${a}${formatBitsPerS(chosen.cost.averageBandwidthBytesPerS, 3)}`,
      status,
    ) +
    readoutHtml(
      'peak',
      'Bytes per exchange (the burst)',
      `${a}${formatBytes(chosen.cost.peakBytesPerExchange, 3)}`,
      status,
    ) +
    TARGET_UTILISATIONS.map((u, i) =>
      readoutHtml(
        `need${Math.round(u * 100)}`,
        `Bandwidth for ${formatPercent(u, 2)} utilisation`,
        needText(chosen.needs[i] ?? null, a),
        status,
      ),
    ).join('') +
    readoutHtml(
      'reduction',
      'Times fewer bytes than data parallel',
      `${a}${formatNumber(reduction, { sigFigs: 3 })}×`,
      status,
    ) +
    readoutHtml(
      'delay',
      'One-way delay between sites',
      `${approx(inputStatus(run.wan.distance))}${delay}`,
      inputStatus(run.wan.distance),
    ) +
    '</dl>';
  const answer = `At ${run.wan.distanceText} over ${run.wan.bandwidthText} per direction, ${label} keeps the GPUs computing ${util} of the time and each site sends ${perHour}. It needs ${needs.join(', ')}.`;
  const lsgdNote =
    '<p class="widget-answer" data-out="lsgd-note">Local SGD averages the weights and DiLoCo applies the averaged change with an outer optimiser: the same bytes on the same schedule, so one line draws both.</p>';
  const chart = chartFigureHtml(
    utilisationChartSpec(state, run),
    `${run.preset.label} on ${formatNumber(state.sites)} sites like the preset’s; the inner step (${formatDurationMs(run.innerStepS * 1000, 3)}) is the step model’s for one site alone, synchronous data parallel is the step model with the WAN in it, and every sync costs what a sync costs in the training demo (one engine function for both).`,
  );
  const summary = summaryText(
    [
      answer,
      dp && state.method !== 'dp'
        ? `That is ${formatNumber(reduction, { sigFigs: 3 })} times fewer bytes than synchronous data parallel, which keeps ${formatPercent(dp.cost.computeUtilisation, 3)}`
        : '',
    ].filter(Boolean),
  );
  const query = talklessUrl.serialize(state);
  const record = {
    widget: 'talkless',
    // As memory's model does: the definition (description, methods) stays out of the worker.
    title: 'Talking less',
    query,
    inputs: inputs(state, run),
    outputs: outputs(run, a),
  };
  const html = `${readouts}<p class="widget-answer" data-out="answer">${esc(answer)}</p>${lsgdNote}${assumptionsHtml(run.preset)}${chart}${methodsTable(run.methods, a)}<div class="widget-print">${printTableHtml(record)}</div>`;
  return { html, summary, run: record };
}
