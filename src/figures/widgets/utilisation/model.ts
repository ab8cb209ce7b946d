/**
 * The utilisation widget as a pure function of its state and its sweep: MFU over distance and WAN
 * bandwidth as a heat map or curves, the current configuration marked, and the answer in words to
 * "how much bandwidth keeps the MFU loss under X% at this distance?".
 */
import type { HeatmapSpec, XYChartSpec } from '../../../lib/chart';
import { convert, formatBitsPerS, formatNumber, formatPercent } from '../../../lib/format';
import { esc } from '../../../lib/format/html';
import { approx } from '../../../lib/format/status-badge';
import { scenarioById } from '../../../lib/widgets/presets';
import { cannotRunHtml } from '../../shared/cannot-run';
import { chartFigureHtml } from '../../shared/chart-figure';
import { printTableHtml } from '../../shared/print-model';
import { combined } from '../../shared/provenance';
import { readoutHtml } from '../../shared/readout';
import type { RunValue } from '../../shared/run-record';
import { summaryText } from '../../shared/text-summary';
import { CROSSING_LABEL } from '../../shared/wan-fields';
import { assumptionsHtml, wanInputs, wanRunValues } from '../../shared/wan-inputs';
import type { RenderedWidget } from '../widget';
import { utilisationWidget } from './definition';
import { type UtilisationState, utilisationUrl } from './state';
import { computeUtilisationSweep, SWEEP_DISTANCES_KM, SWEEP_TBIT_PER_S, type UtilisationSweep } from './sweep';

const CURVE_TBIT = [1, 10, 100, 1000] as const;

export function heatmapSpec(state: UtilisationState, sweep: UtilisationSweep): HeatmapSpec {
  return {
    kind: 'heatmap',
    id: 'utilisation-heatmap',
    title: 'MFU by distance and WAN bandwidth',
    description: `Model FLOPs utilisation of the preset with ${CROSSING_LABEL[state.cross]} crossing the WAN, for distances from 0 to 5,000 km and WAN bandwidths from 100 Gbit/s to 10 Pbit/s per direction; the current setting is ringed.`,
    x: { label: 'Distance between sites', unit: 'km' },
    // The units the controls use (km, Tbit/s); the sweep steps bandwidth in quarter decades.
    y: { label: 'WAN bandwidth per direction', unit: 'Tbit/s', scale: 'log' },
    xValues: SWEEP_DISTANCES_KM,
    yValues: SWEEP_TBIT_PER_S,
    values: sweep.mfu,
    value: { label: 'MFU', unit: '%', format: 'percent' },
    annotations: [{ kind: 'point', x: state.km, y: state.bw, label: 'Current' }],
  };
}

export function curvesSpec(state: UtilisationState, sweep: UtilisationSweep): XYChartSpec {
  const series = CURVE_TBIT.map((tbit) => {
    const yi = SWEEP_TBIT_PER_S.findIndex((t) => Math.abs(Math.log10(t / tbit)) < 1e-9);
    const row = sweep.mfu[yi] ?? [];
    return {
      label: formatBitsPerS(convert(tbit, 'Tbit/s', 'B/s'), 2),
      points: SWEEP_DISTANCES_KM.map((km, i) => ({ x: km, y: row[i] ?? 0 })),
    };
  });
  return {
    kind: 'line',
    id: 'utilisation-curves',
    title: 'MFU over distance, one curve per WAN bandwidth',
    description: `Model FLOPs utilisation of the preset with ${CROSSING_LABEL[state.cross]} crossing the WAN against distance, for four WAN bandwidths; the current setting is marked.`,
    x: { label: 'Distance between sites', unit: 'km', domain: [0, 5000] },
    y: { label: 'MFU', unit: '%', format: 'percent', zero: true },
    series,
    annotations: [
      { kind: 'point', x: state.km, y: sweep.currentMfu, label: 'Current' },
      {
        kind: 'y',
        y: (1 - state.loss / 100) * sweep.referenceMfu,
        label: `${formatNumber(state.loss, { sigFigs: 2 })}% below the best`,
      },
    ],
  };
}

export function renderUtilisationWidget(state: UtilisationState, given?: UtilisationSweep): RenderedWidget {
  const sweep = given ?? computeUtilisationSweep(state);
  const preset = scenarioById(state.preset);
  const wan = wanInputs(preset, state);
  const reference = sweep.provenance.reference;
  const current = combined(sweep.provenance.current, wan.distance, wan.bandwidth);
  const needs = combined(sweep.provenance.need, wan.distance);
  const [presetStatus, status, needStatus] = [reference.status, current.status, needs.status];
  const a = approx(status);
  const { distanceText: distance, bandwidthText: bandwidth } = wan;
  const loss = `${formatNumber(state.loss, { sigFigs: 2 })}%`;
  const best = `${approx(presetStatus)}${formatPercent(sweep.referenceMfu, 2)}`;
  const currentText = `${a}${formatPercent(sweep.currentMfu, 2)}`;
  const need = sweep.need.requiredBytesPerS;
  const needText = need === null ? 'none is enough' : `${approx(needStatus)}${formatBitsPerS(need, 2)}`;
  const answer =
    need === null
      ? `At ${distance}, no bandwidth is enough: latency alone leaves ${approx(needStatus)}${formatPercent(sweep.need.mfuAtUnlimited, 2)} MFU, more than ${loss} below the ${best} this configuration reaches at zero distance with unlimited bandwidth.`
      : `At ${distance}, this configuration needs at least ${needText} per direction to stay within ${loss} of the ${best} MFU it reaches at zero distance with unlimited bandwidth. Your ${bandwidth} gives ${currentText}${need <= wan.bandwidthBytesPerS ? ': enough' : ': not enough'}.`;
  const readouts =
    '<dl class="widget-readouts">' +
    readoutHtml('best', 'MFU at zero distance, unlimited bandwidth', best, presetStatus) +
    readoutHtml('current', 'MFU as set', currentText, status) +
    readoutHtml('need', `Bandwidth for less than ${loss} loss`, needText, needStatus) +
    '</dl>';
  const spec = state.view === 'heatmap' ? heatmapSpec(state, sweep) : curvesSpec(state, sweep);
  const chart = chartFigureHtml(
    spec,
    'Computed with the analytic step model over a 21 × 21 grid; the answer above comes from bisection on bandwidth at the chosen distance.',
  );
  const query = utilisationUrl.serialize(state);
  const inputs: RunValue[] = [
    { key: 'preset', label: 'Preset', value: preset.id, unit: '', shown: preset.label, status: preset.layout.status },
    ...wanRunValues(wan),
    { key: 'loss', label: 'Allowed MFU loss', value: state.loss / 100, unit: '', shown: loss, status: 'reader' },
    {
      key: 'cross',
      label: 'What crosses the WAN',
      value: state.cross,
      unit: '',
      shown: CROSSING_LABEL[state.cross],
      status: 'reader',
    },
  ];
  const outputs: RunValue[] = [
    {
      key: 'referenceMfu',
      label: 'MFU at zero distance, unlimited bandwidth',
      value: sweep.referenceMfu,
      unit: '',
      shown: best,
      status: presetStatus,
      sources: reference.sources,
    },
    {
      key: 'currentMfu',
      label: 'MFU as set',
      value: sweep.currentMfu,
      unit: '',
      shown: currentText,
      status,
      sources: current.sources,
    },
    {
      key: 'requiredBytesPerS',
      label: 'Bandwidth needed',
      value: need,
      unit: 'B/s',
      shown: needText,
      status: needStatus,
      sources: needs.sources,
    },
  ];
  if (sweep.cannotRun) {
    const c = sweep.cannotRun;
    const verdict: RunValue = { key: 'cannotRun', label: c.title, value: c.reason, unit: '', shown: c.reason, status };
    const run = {
      widget: 'utilisation',
      title: utilisationWidget.title,
      query,
      inputs,
      outputs: [verdict],
    };
    return {
      html: `${cannotRunHtml(c)}${assumptionsHtml(preset)}<div class="widget-print">${printTableHtml(run)}</div>`,
      summary: summaryText([`${preset.label}: ${c.title.toLowerCase()}`, c.reason]),
      run,
    };
  }
  const run = { widget: 'utilisation', title: utilisationWidget.title, query, inputs, outputs };
  const html = `${readouts}<p class="widget-answer">${esc(answer)}</p>${assumptionsHtml(preset)}${chart}<div class="widget-print">${printTableHtml(run)}</div>`;
  return { html, summary: summaryText([answer]), run };
}
