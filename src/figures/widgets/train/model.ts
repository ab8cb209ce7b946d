/**
 * The training demo as a pure function of its state and, once trained, its result: before training a
 * plan (the clock the engine gives the chosen system), after it the curves, the table and the samples.
 */
import {
  formatBitsPerS,
  formatBytes,
  formatDistanceKm,
  formatDurationMs,
  formatNumber,
  formatPercent,
} from '../../../lib/format';
import { esc } from '../../../lib/format/html';
import { approx, type BadgeStatus as InputStatus } from '../../../lib/format/status-badge';
import { wanSyncSeconds } from '../../../lib/sim/unchecked';
import { ALGORITHM_LABELS, type DemoResult } from '../../../lib/train';
import { scenarioById } from '../../../lib/widgets/presets';
import { fnv1a } from '../../../lib/widgets/versions';
import { chartFigureHtml } from '../../shared/chart-figure';
import { printTableHtml } from '../../shared/print-model';
import { combined, tracked } from '../../shared/provenance';
import { readoutHtml } from '../../shared/readout';
import type { RunRecord, RunValue } from '../../shared/run-record';
import { summaryText } from '../../shared/text-summary';
import { inputStatus, wanInputs } from '../../shared/wan-inputs';
import type { RenderedWidget } from '../widget';
import { chosenAlgorithms, trainDemoConfig } from './config';
import {
  hoursText,
  lossText,
  lossVsBytesSpec,
  lossVsTimeSpec,
  resultsTableHtml,
  samplesHtml,
  targetLoss,
} from './results';
import { type TrainState, trainUrl } from './state';

export const TRAIN_TITLE = 'Training across sites: synchronous, local SGD or DiLoCo';

/** A fingerprint of every curve, bit for bit: equal for equal runs in Node and in any browser. */
export function curveDigest(result: DemoResult): string {
  return fnv1a(JSON.stringify(result.runs.map((r) => r.curve)));
}

function clockFigures(state: TrainState) {
  const preset = scenarioById(state.preset);
  // The clock's badge is what the engine read for it, weakened to the reader's where a control moved.
  const { value, provenance } = tracked(() => {
    const wan = wanInputs(preset, state);
    const config = trainDemoConfig(state);
    const fullSyncS = wanSyncSeconds({
      sites: state.sites,
      payloadBytes: 2 * config.clock.systemParams,
      wanBandwidthBytesPerS: config.clock.wanBandwidthBytesPerS,
      wanLatencyS: config.clock.wanLatencyS,
    });
    return { wan, config, fullSyncS };
  });
  const { status, sources } = combined(provenance, value.wan.distance, value.wan.bandwidth);
  return { preset, ...value, status, sources };
}

function inputsOf(state: TrainState, f: ReturnType<typeof clockFigures>): RunValue[] {
  const reader = 'reader' as InputStatus;
  const algos = chosenAlgorithms(state)
    .map((a) => ALGORITHM_LABELS[a])
    .join(', ');
  return [
    {
      key: 'preset',
      label: 'System (preset)',
      value: f.preset.id,
      unit: '',
      shown: f.preset.label,
      status: f.preset.layout.status,
    },
    {
      key: 'km',
      label: 'Distance',
      value: f.wan.distanceKm,
      unit: 'km',
      shown: formatDistanceKm(f.wan.distanceKm, 'metric', 4),
      status: inputStatus(f.wan.distance),
    },
    {
      key: 'bw',
      label: 'WAN bandwidth per direction',
      value: f.wan.bandwidthBytesPerS,
      unit: 'B/s',
      shown: formatBitsPerS(f.wan.bandwidthBytesPerS, 3),
      status: inputStatus(f.wan.bandwidth),
    },
    { key: 'algorithms', label: 'Algorithms', value: algos, unit: '', shown: algos || 'none', status: reader },
    {
      key: 'h',
      label: 'Inner steps between exchanges (H)',
      value: state.h,
      unit: 'steps',
      shown: String(state.h),
      status: reader,
    },
    { key: 'sites', label: 'Sites', value: state.sites, unit: '', shown: String(state.sites), status: reader },
    {
      key: 'replicas',
      label: 'Replicas per site',
      value: state.replicas,
      unit: '',
      shown: String(state.replicas),
      status: reader,
    },
    {
      key: 'steps',
      label: 'Inner steps per site',
      value: state.steps,
      unit: 'steps',
      shown: String(state.steps),
      status: reader,
    },
    {
      key: 'lr',
      label: 'Inner learning rate (AdamW)',
      value: state.lr,
      unit: '',
      shown: String(state.lr),
      status: reader,
    },
    {
      key: 'olr',
      label: 'Outer learning rate (Nesterov)',
      value: state.olr,
      unit: '',
      shown: String(state.olr),
      status: reader,
    },
    { key: 'seed', label: 'Seed', value: state.seed, unit: '', shown: String(state.seed), status: reader },
    {
      key: 'iid',
      label: 'Data per site',
      value: state.iid,
      unit: '',
      shown: state.iid ? 'i.i.d. shards' : 'contiguous (non-i.i.d.)',
      status: reader,
    },
    {
      key: 'q4',
      label: 'Streaming DiLoCo 4-bit exchange',
      value: state.q4,
      unit: '',
      shown: state.q4 ? 'yes' : 'no',
      status: reader,
    },
  ];
}

function clockReadouts(f: ReturnType<typeof clockFigures>): string {
  const a = approx(f.status);
  return (
    '<dl class="widget-readouts">' +
    readoutHtml(
      'inner-step',
      'One inner step of a site (engine)',
      `${a}${formatDurationMs(f.config.clock.innerStepS * 1000, 3)}`,
      f.status,
    ) +
    readoutHtml(
      'full-sync',
      'One exchange of the whole model in bf16 (engine)',
      `${a}${formatDurationMs(f.fullSyncS * 1000, 3)}`,
      f.status,
    ) +
    '</dl>'
  );
}

function planHtml(state: TrainState): string {
  const none = chosenAlgorithms(state).length === 0;
  const message = none
    ? 'Choose at least one algorithm, then press Train.'
    : `Press Train to train the model for ${state.steps} inner steps on each of ${state.sites} sites with every chosen algorithm, in your browser. It takes a few seconds.`;
  return `<p class="train-plan" data-train-plan>${esc(message)}</p>`;
}

export function renderTrainWidget(state: TrainState, result?: DemoResult): RenderedWidget {
  const f = clockFigures(state);
  const query = trainUrl.serialize(state);
  const inputs = inputsOf(state, f);
  const clock = clockReadouts(f);
  if (!result || result.runs.length === 0) {
    const run: RunRecord = { widget: 'train', title: TRAIN_TITLE, query, inputs, outputs: [] };
    return {
      html: `${clock}${planHtml(state)}<div class="widget-print">${printTableHtml(run)}</div>`,
      summary: summaryText([
        `One inner step takes ${formatDurationMs(f.config.clock.innerStepS * 1000, 3)} and one exchange of the whole model ${formatDurationMs(f.fullSyncS * 1000, 3)} over the WAN; press Train to run the comparison`,
      ]),
      run,
    };
  }
  const trained: InputStatus = 'assumed';
  const outputs: RunValue[] = result.runs.flatMap((r) => [
    {
      key: `${r.id}.finalLoss`,
      label: `${ALGORITHM_LABELS[r.id]}: final validation loss`,
      value: r.finalLoss,
      unit: 'nats/char',
      shown: lossText(r.finalLoss),
      status: trained,
    },
    {
      key: `${r.id}.wanBytes`,
      label: `${ALGORITHM_LABELS[r.id]}: sent per site over the WAN`,
      value: r.wanBytes,
      unit: 'B',
      shown: formatBytes(r.wanBytes, 3),
      status: trained,
    },
    {
      key: `${r.id}.timeS`,
      label: `${ALGORITHM_LABELS[r.id]}: simulated time`,
      value: r.timeS,
      unit: 's',
      shown: hoursText(r.timeS),
      status: f.status,
    },
    {
      key: `${r.id}.utilisation`,
      label: `${ALGORITHM_LABELS[r.id]}: compute utilisation`,
      value: r.utilisation,
      unit: '',
      shown: formatPercent(r.utilisation, 3),
      status: f.status,
    },
  ]);
  outputs.push({
    key: 'bigramLoss',
    label: 'Bigram baseline',
    value: result.bigramLoss,
    unit: 'nats/char',
    shown: lossText(result.bigramLoss),
    status: trained,
  });
  const run: RunRecord = { widget: 'train', title: TRAIN_TITLE, query, inputs, outputs };
  const charts =
    chartFigureHtml(
      lossVsTimeSpec(result),
      'Each line is one algorithm; the horizontal line is what counting letter pairs (a bigram model) achieves.',
    ) + chartFigureHtml(lossVsBytesSpec(result), 'Further left is fewer bytes for the same loss.');
  const html =
    `<div class="train-result" data-curve-digest="${curveDigest(result)}">${clock}${resultsTableHtml(result)}${charts}${samplesHtml(result)}</div>` +
    `<div class="widget-print">${printTableHtml(run)}</div>`;
  return { html, summary: summarise(result), run };
}

function summarise(result: DemoResult): string {
  const best = [...result.runs].sort((a, b) => a.finalLoss - b.finalLoss)[0];
  const dp = result.runs.find((r) => r.id === 'sync-dp');
  const diloco = result.runs.find((r) => r.id === 'diloco');
  const parts = [
    best &&
      `Lowest final validation loss: ${ALGORITHM_LABELS[best.id]}, ${lossText(best.finalLoss)}, against ${lossText(result.bigramLoss)} for the bigram baseline`,
  ];
  if (dp && diloco && diloco.wanBytes > 0)
    parts.push(
      `DiLoCo ended ${formatPercent(diloco.finalLoss / dp.finalLoss - 1, 2)} from synchronous data parallel while sending ${formatNumber(dp.wanBytes / diloco.wanBytes, { sigFigs: 3 })} times fewer bytes over the WAN`,
    );
  parts.push(`Target loss ${lossText(targetLoss(result))}`);
  return summaryText(parts.filter((p): p is string => typeof p === 'string'));
}
