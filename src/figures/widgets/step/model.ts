/**
 * The step widget as a pure function of its state: simulateStep's timeline of one training step across
 * the sites, drawn as a Gantt chart, with utilisation and exposed communication read out.
 */
import type { GanttSpec } from '../../../lib/chart';
import { TRAFFIC_KIND_OF_ITEM, type TrafficKindId, trafficLegend } from '../../../lib/chart/traffic-kinds';
import { formatBytes, formatDurationMs, formatNumber, formatPercent } from '../../../lib/format';
import { esc } from '../../../lib/format/html';
import { approx, type BadgeStatus as InputStatus } from '../../../lib/format/status-badge';
import { type ItemKind, simulateStepUnchecked, stepBands, type TimelineRow } from '../../../lib/sim/unchecked';
import { scenarioById, scenarioStepConfig } from '../../../lib/widgets/presets';
import { cannotRun, cannotRunHtml } from '../../shared/cannot-run';
import { chartFigureHtml } from '../../shared/chart-figure';
import { printTableHtml } from '../../shared/print-model';
import { combined, tracked } from '../../shared/provenance';
import { readoutHtml } from '../../shared/readout';
import type { RunValue } from '../../shared/run-record';
import { summaryText } from '../../shared/text-summary';
import { CROSSING_LABEL, crossingOf } from '../../shared/wan-fields';
import { assumptionsHtml, wanInputs, wanRunValues } from '../../shared/wan-inputs';
import type { RenderedWidget } from '../widget';
import { stepWidget } from './definition';
import { exposedParts, exposedSentence } from './exposed';
import { type StepState, stepUrl } from './state';

export function stepRun(state: StepState) {
  const preset = scenarioById(state.preset);
  const { value, provenance } = tracked(() => {
    const wan = wanInputs(preset, state);
    const config = scenarioStepConfig(preset, {
      distanceKm: wan.distanceKm,
      bandwidthBytesPerS: wan.bandwidthBytesPerS,
      crossing: crossingOf(state.cross),
      overlap: state.overlap,
    });
    return { wan, config, result: simulateStepUnchecked(config) };
  });
  const { status, sources } = combined(provenance, value.wan.distance, value.wan.bandwidth);
  return { preset, ...value, status, sources };
}

export type StepRun = ReturnType<typeof stepRun>;

/** Sites running identical replicas share one timeline; drawing it twice would only add rows. */
function visibleRows(rows: readonly TimelineRow[], cross: StepState['cross']): TimelineRow[] {
  if (cross === 'pp') return [...rows];
  const seenLinks = new Set<string>();
  return rows.filter((r) => {
    if (r.kind === 'stage') return r.site === 0;
    if (seenLinks.has(r.id)) return false;
    seenLinks.add(r.id);
    return true;
  });
}

interface ShownItem {
  start: number;
  end: number;
  kind: TrafficKindId;
  bytes?: number;
}

/**
 * Back-to-back items of one kind (warm-up forwards, gradient buckets) drawn as one bar: the picture is
 * the same, and the chart carries a fraction of the elements. `tolS` is about half a pixel.
 */
export function mergeItems(
  items: readonly { start: number; end: number; kind: ItemKind; bytes?: number }[],
  tolS: number,
): ShownItem[] {
  return mergeShown(
    items.map((it) => ({ ...it, kind: TRAFFIC_KIND_OF_ITEM[it.kind] })),
    tolS,
  );
}

function mergeShown(items: readonly ShownItem[], tolS: number): ShownItem[] {
  const sorted = [...items].sort((a, b) => a.start - b.start);
  const out: ShownItem[] = [];
  for (const it of sorted) {
    const prev = out[out.length - 1];
    if (prev && prev.kind === it.kind && it.start - prev.end <= tolS && it.start >= prev.start) {
      prev.end = Math.max(prev.end, it.end);
      if (it.bytes !== undefined) prev.bytes = (prev.bytes ?? 0) + it.bytes;
      continue;
    }
    out.push({ start: it.start, end: it.end, kind: it.kind, ...(it.bytes !== undefined ? { bytes: it.bytes } : {}) });
  }
  return out;
}

const PASSES: ReadonlySet<TrafficKindId> = new Set(['forward', 'backward', 'passes']);

/**
 * In a 1F1B steady state with many micro-batches, forwards and backwards alternate every few
 * pixels: thousands of slivers a reader cannot tell apart (and megabytes of page). Passes shorter
 * than `minS` that follow one another, with idle gaps under `tolS` between them, become one
 * "alternating" bar; the summary and the download keep every item.
 */
export function coalescePasses(items: readonly ShownItem[], tolS: number, minS: number): ShownItem[] {
  const out: ShownItem[] = [];
  for (const it of items) {
    const prev = out[out.length - 1];
    const short = (x: ShownItem) => x.end - x.start < minS;
    if (prev && it.kind === 'bubble' && it.end - it.start <= tolS && PASSES.has(prev.kind)) {
      prev.end = Math.max(prev.end, it.end);
      continue;
    }
    if (
      prev &&
      PASSES.has(it.kind) &&
      PASSES.has(prev.kind) &&
      it.start - prev.end <= tolS &&
      it.start >= prev.start &&
      (short(it) || short(prev))
    ) {
      if (prev.kind !== it.kind) prev.kind = 'passes';
      prev.end = Math.max(prev.end, it.end);
      continue;
    }
    out.push({ ...it });
  }
  return out;
}

export function stepChartSpec(state: StepState, rows: readonly TimelineRow[]): GanttSpec {
  const shown = visibleRows(rows, state.cross);
  let endS = 0;
  for (const r of shown) for (const it of r.items) endS = Math.max(endS, it.end);
  const tolS = endS / 1400;
  const minS = endS / 100;
  let drawn = shown.map((r) => ({ row: r, items: coalescePasses(mergeItems(r.items, tolS), tolS, minS) }));
  // Once some passes are too thin to tell apart, the legend keeps one kind for all of them (six kinds
  // stay readable; forward, backward and "both" would make seven).
  if (drawn.some((d) => d.items.some((it) => it.kind === 'passes')))
    drawn = drawn.map((d) => ({
      row: d.row,
      items: mergeShown(
        d.items.map((it) => ({ ...it, kind: PASSES.has(it.kind) ? 'passes' : it.kind })),
        tolS,
      ),
    }));
  const label = (r: TimelineRow) =>
    state.cross === 'dp' && r.kind === 'stage' ? `each site · stage ${(r.stage ?? 0) + 1}` : r.label;
  return {
    kind: 'gantt',
    id: 'step-timeline',
    title: 'One training step, stage by stage',
    description:
      state.cross === 'dp'
        ? 'Timeline of one step: each row is a pipeline stage (every site runs the same rows) or the WAN link; bars show forward and backward passes, idle bubbles, gradient reduce-scatter, the all-reduce over the WAN, all-gather and the optimizer.'
        : 'Timeline of one step with the pipeline split between the sites: each row is a stage or the WAN link; bars show passes, bubbles, hand-offs over the WAN and the gradient collectives.',
    x: { label: 'Time since the step began', unit: 's' },
    rows: shown.map((r) => ({ id: r.id, label: label(r) })),
    kinds: trafficLegend(drawn.flatMap((d) => d.items.map((it) => it.kind))),
    items: drawn.flatMap((d) => d.items.map((it) => ({ row: d.row.id, ...it }))),
  };
}

export function renderStepWidget(state: StepState, given: StepRun = stepRun(state)): RenderedWidget {
  const { preset, wan, result, status, sources } = given;
  const s = result.summary;
  const a = approx(status);
  // The point estimate and the range the engine's misses on published runs give it (training-run.ts).
  const band = stepBands(s);
  const stepTime = `${a}${formatDurationMs(s.stepTimeS * 1000, 2)}`;
  const mfu = `${a}${formatPercent(s.mfu, 2)}`;
  const stepTimeRange = `${formatDurationMs(band.stepTimeInterval.low * 1000, 2)}–${formatDurationMs(band.stepTimeInterval.high * 1000, 2)}`;
  const mfuRange = `${formatPercent(band.mfuInterval.low, 2)}–${formatPercent(band.mfuInterval.high, 2)}`;
  const exposed = `${a}${formatDurationMs(s.exposedCommS * 1000, 2)}`;
  const bubble = `${a}${formatPercent(s.bubbleFraction, 2)}`;
  const wanBytes = `${a}${formatBytes(s.wanBytes, 2)}`;
  const memory = `${a}${formatBytes(s.memoryPerGpuBytes, 3)} of ${formatBytes(s.hbmBytesPerGpu, 3)}`;
  const { distanceText: distance, bandwidthText: bandwidth } = wan;
  const blocked = cannotRun(s);
  const readouts =
    '<dl class="widget-readouts">' +
    readoutHtml('step-time', 'Step time', `${stepTime} (range ${stepTimeRange})`, status) +
    readoutHtml('mfu', 'Model FLOPs utilisation (MFU)', `${mfu} (range ${mfuRange})`, status) +
    readoutHtml('exposed', 'Communication not hidden', exposed, status) +
    readoutHtml('bubble', 'Pipeline bubble', bubble, status) +
    readoutHtml('wan-bytes', 'Bytes over the WAN per step', wanBytes, status) +
    readoutHtml('memory', 'Memory per GPU (of its HBM)', memory, status) +
    '</dl>';
  const crossing = CROSSING_LABEL[state.cross];
  const exposedWhat = exposedSentence(exposedParts(s), state.cross, (t) => `${a}${formatDurationMs(t * 1000, 2)}`);
  const summary = summaryText([
    `${preset.label}, ${distance} apart at ${bandwidth} per direction, with ${crossing} crossing the WAN${state.overlap ? '' : ' and no overlap'}: one step takes ${stepTime} (range ${stepTimeRange}) at ${mfu} MFU (range ${mfuRange}); the ranges are how far the engine has missed published training runs`,
    `${exposed} of communication is not hidden behind compute, and ${wanBytes} cross the WAN per step`,
  ]);
  const chart = chartFigureHtml(
    stepChartSpec(state, result.rows),
    state.cross === 'dp'
      ? 'Both sites run the same timeline; the WAN row shows gradient buckets in flight between them.'
      : 'The first stages run in one site, the rest in the other; the WAN rows carry activations forward and gradients back.',
  );
  const query = stepUrl.serialize(state);
  const inputs: RunValue[] = [
    { key: 'preset', label: 'Preset', value: preset.id, unit: '', shown: preset.label, status: preset.layout.status },
    ...wanRunValues(wan),
    {
      key: 'overlap',
      label: 'Overlap gradients with backward',
      value: state.overlap,
      unit: '',
      shown: state.overlap ? 'yes' : 'no',
      status: 'reader' as InputStatus,
    },
    {
      key: 'cross',
      label: 'What crosses the WAN',
      value: state.cross,
      unit: '',
      shown: crossing,
      status: 'reader' as InputStatus,
    },
  ];
  const outputs: RunValue[] = [
    { key: 'stepTimeS', label: 'Step time', value: s.stepTimeS, unit: 's', shown: stepTime, status, sources },
    { key: 'mfu', label: 'MFU', value: s.mfu, unit: '', shown: mfu, status, sources },
    {
      key: 'exposedCommS',
      label: 'Communication not hidden',
      value: s.exposedCommS,
      unit: 's',
      shown: exposed,
      status,
      sources,
    },
    {
      key: 'bubbleFraction',
      label: 'Pipeline bubble',
      value: s.bubbleFraction,
      unit: '',
      shown: bubble,
      status,
      sources,
    },
    {
      key: 'wanBytes',
      label: 'Bytes over the WAN per step',
      value: s.wanBytes,
      unit: 'B',
      shown: wanBytes,
      status,
      sources,
    },
    {
      key: 'tokensPerStep',
      label: 'Tokens per step',
      value: s.tokensPerStep,
      unit: 'tokens',
      shown: formatNumber(s.tokensPerStep, { sigFigs: 3 }),
      status,
      sources,
    },
  ];
  const memoryOut: RunValue = {
    key: 'memoryPerGpuBytes',
    label: 'Memory per GPU',
    value: s.memoryPerGpuBytes,
    unit: 'B',
    shown: memory,
    status,
    sources,
  };
  if (blocked) {
    const verdict: RunValue = {
      key: 'cannotRun',
      label: blocked.title,
      value: blocked.reason,
      unit: '',
      shown: blocked.reason,
      status,
      sources,
    };
    const run = { widget: 'step', title: stepWidget.title, query, inputs, outputs: [verdict, memoryOut] };
    const memoryOnly = `<dl class="widget-readouts">${readoutHtml('memory', 'Memory per GPU (of its HBM)', memory, status)}</dl>`;
    return {
      html: `${memoryOnly}${cannotRunHtml(blocked)}${assumptionsHtml(preset)}<div class="widget-print">${printTableHtml(run)}</div>`,
      summary: summaryText([
        `${preset.label} with ${crossing} crossing the WAN: ${blocked.title.toLowerCase()}`,
        blocked.reason,
      ]),
      run,
    };
  }
  const run = { widget: 'step', title: stepWidget.title, query, inputs, outputs: [...outputs, memoryOut] };
  const html = `${readouts}<p class="widget-answer" data-out="exposed-parts">${esc(exposedWhat)}</p>${assumptionsHtml(preset)}${chart}<div class="widget-print">${printTableHtml(run)}</div>`;
  return { html, summary, run };
}
