/**
 * The latency widget as a pure function of its state: distance, fibre route, one-way and round-trip
 * time, set on one logarithmic time axis against an NVLink hop, a network hop inside a hall and one
 * training step of the chosen preset.
 */
import type { XYChartSpec } from '../../../lib/chart';
import { figureMidpoint, type Status } from '../../../lib/data/provenance';
import { untracked } from '../../../lib/data/read-tracker';
import { formatDistanceKm, formatDurationMs, formatNumber } from '../../../lib/format';
import { esc } from '../../../lib/format/html';
import type { BadgeStatus as InputStatus } from '../../../lib/format/status-badge';
import { approx } from '../../../lib/format/status-badge';
import { latencyOverDistance, linkLatency } from '../../../lib/sim/link-latency';
import {
  analyticStepUnchecked,
  defaultRouteFactor,
  fiberKmPerS,
  greatCircleKmUnchecked,
  PARAMS,
} from '../../../lib/sim/unchecked';
import { scenarioById, scenarioStepConfig } from '../../../lib/widgets/presets';
import { chartFigureHtml } from '../../shared/chart-figure';
import { printTableHtml } from '../../shared/print-model';
import { combined, type Provenance, tracked } from '../../shared/provenance';
import { readoutHtml } from '../../shared/readout';
import type { RunValue } from '../../shared/run-record';
import { summaryText } from '../../shared/text-summary';
import { assumptionsHtml } from '../../shared/wan-inputs';
import type { RenderedWidget } from '../widget';
import { latencyWidget } from './definition';
import { type Endpoint, endpointCoordinates, endpointOf } from './endpoint';
import { type LatencyState, latencyUrl } from './state';

export { type Endpoint, endpointOf };

/** The engine's distance bound for a WAN (the antipodes are ~20,015 km apart on our sphere). */
const MAX_WAN_KM = 20_000;

export interface LatencyModel {
  a: Endpoint & { status: InputStatus };
  b: Endpoint & { status: InputStatus };
  greatCircleKm: number;
  routeKm: number;
  oneWayMs: number;
  roundTripMs: number;
  nvlinkHopMs: number;
  hallHopMs: number;
  stepMs: number;
  routeFactor: number;
  provenance: {
    distance: Provenance;
    latency: Provenance;
    step: Provenance;
    nvlinkHop: Provenance;
    hallHop: Provenance;
  };
  statuses: { distance: Status; route: InputStatus; latency: Status; step: Status };
}

export function latencyModel(state: LatencyState): LatencyModel {
  const a = endpointOf(state, 'a');
  const b = endpointOf(state, 'b');
  const preset = scenarioById(state.preset);
  const ends = () => [endpointCoordinates(state, 'a'), endpointCoordinates(state, 'b')] as const;
  const endsReaderSet = a.readerSet || b.readerSet;
  const distance = tracked(() => {
    const [p, q] = ends();
    return greatCircleKmUnchecked(p, q);
  }, endsReaderSet);
  // The slider left at the data's default route factor is that figure; moved, it is the reader's.
  const rfIsDefault = untracked(() => state.rf === defaultRouteFactor());
  const routeFactor = () => (rfIsDefault ? defaultRouteFactor() : state.rf);
  const latency = tracked(() => {
    const [p, q] = ends();
    return linkLatency(p, q, routeFactor());
  }, endsReaderSet || !rfIsDefault);
  const step = tracked(() => {
    const [p, q] = ends();
    return analyticStepUnchecked(
      scenarioStepConfig(preset, {
        distanceKm: Math.min(greatCircleKmUnchecked(p, q), MAX_WAN_KM),
        bandwidthBytesPerS: figureMidpoint(preset.wanBandwidthBytesPerS),
      }),
    );
  }, endsReaderSet);
  const nvlinkHop = tracked(() => PARAMS.scaleUpLatencyS * 1000);
  const hallHop = tracked(() => PARAMS.scaleOutLatencyS * 1000);
  const rf = untracked(routeFactor);
  return {
    a,
    b,
    greatCircleKm: distance.value,
    routeKm: latency.value.routeKm,
    oneWayMs: latency.value.oneWayMs,
    roundTripMs: latency.value.roundTripMs,
    nvlinkHopMs: nvlinkHop.value,
    hallHopMs: hallHop.value,
    stepMs: step.value.stepTimeS * 1000,
    routeFactor: rf,
    provenance: {
      distance: distance.provenance,
      latency: latency.provenance,
      step: combined(step.provenance, latency.provenance),
      nvlinkHop: nvlinkHop.provenance,
      hallHop: hallHop.provenance,
    },
    statuses: {
      distance: distance.provenance.status,
      route: rfIsDefault ? tracked(defaultRouteFactor).provenance.status : 'reader',
      latency: latency.provenance.status,
      step: combined(step.provenance, latency.provenance).status,
    },
  };
}

const X_DOMAIN: readonly [number, number] = [0.001, 20_000];
const Y_DOMAIN_S: readonly [number, number] = [1e-9, 100];

export function latencyChartSpec(m: LatencyModel): XYChartSpec {
  // Seconds with SI ticks read as "10µ", "1m": an axis in ms would print "10m ms".
  const oneWayS = (km: number) => latencyOverDistance(km, m.routeFactor).oneWayMs / 1000;
  const line = [];
  for (let e = -3; e <= 4; e++) line.push({ x: 10 ** e, y: oneWayS(10 ** e) });
  line.push({ x: X_DOMAIN[1], y: oneWayS(X_DOMAIN[1]) });
  const notes: NonNullable<XYChartSpec['annotations']>[number][] = [
    { kind: 'y', y: m.nvlinkHopMs / 1000, label: 'NVLink hop in a rack' },
    { kind: 'y', y: m.hallHopMs / 1000, label: 'Network hop in a hall' },
    { kind: 'y', y: m.stepMs / 1000, label: 'One training step' },
  ];
  if (m.greatCircleKm >= X_DOMAIN[0]) {
    notes.push({ kind: 'y', y: m.roundTripMs / 1000, label: 'Round trip' });
    notes.push({ kind: 'point', x: m.greatCircleKm, y: m.oneWayMs / 1000, label: '' });
  }
  return {
    kind: 'line',
    id: 'latency-ladder',
    title: 'Light in fibre against the time scales of training',
    description: `One-way delay through fibre against great-circle distance (route factor ${formatNumber(m.routeFactor, { sigFigs: 3 })}), both axes logarithmic, with the chosen pair marked and horizontal rules for an NVLink hop, a network hop inside a hall, the pair's round trip and one training step.`,
    x: { label: 'Great-circle distance', unit: 'km', scale: 'log', domain: X_DOMAIN },
    y: { label: 'Time', unit: 's', scale: 'log', domain: Y_DOMAIN_S, format: 'si' },
    series: [{ label: 'Light in fibre, one way', points: line }],
    annotations: notes,
  };
}

export function renderLatencyWidget(state: LatencyState): RenderedWidget {
  const m = latencyModel(state);
  const s = m.statuses;
  const km = `${approx(s.distance)}${formatDistanceKm(m.greatCircleKm, 'metric', 3)}`;
  const routeKm = `${approx(s.latency)}${formatDistanceKm(m.routeKm, 'metric', 2)}`;
  const oneWay = `${approx(s.latency)}${formatDurationMs(m.oneWayMs, 2)}`;
  const rtt = `${approx(s.latency)}${formatDurationMs(m.roundTripMs, 2)}`;
  const step = `${approx(s.step)}${formatDurationMs(m.stepMs, 2)}`;
  const rttOverNvlink = m.roundTripMs / m.nvlinkHopMs;
  const rttOverStep = m.roundTripMs / m.stepMs;
  const readouts =
    '<dl class="widget-readouts">' +
    readoutHtml('km', 'Great-circle distance', km, s.distance) +
    readoutHtml('route', `Fibre route (×${formatNumber(m.routeFactor, { sigFigs: 3 })})`, routeKm, s.latency) +
    readoutHtml('one-way', 'One way, light in fibre', oneWay, s.latency) +
    readoutHtml('rtt', 'Round trip', rtt, s.latency) +
    readoutHtml('step', 'One training step (preset)', step, s.step) +
    '</dl>';
  const comparison =
    m.greatCircleKm > 0
      ? `A round trip between ${m.a.name} and ${m.b.name} lasts as long as ${approx(s.latency)}${formatNumber(rttOverNvlink, { sigFigs: 2 })} NVLink hops, and ${approx(s.step)}${formatNumber(rttOverStep * 100, { sigFigs: 2 })}% of one training step.`
      : 'Both ends are at the same place: the delay is that of the equipment alone, which this widget does not model.';
  const summary = summaryText([
    `${m.a.name} to ${m.b.name}: ${km} on the great circle, ${routeKm} of fibre`,
    `One way ${oneWay}, round trip ${rtt}`,
    comparison,
  ]);
  const chart = chartFigureHtml(
    latencyChartSpec(m),
    `Light covers about ${formatNumber(fiberKmPerS() / 1000, { sigFigs: 3 })} km per millisecond in glass fibre. The ring marks this pair's one-way time; the step is one training step of the preset at this distance.`,
  );
  const query = latencyUrl.serialize(state);
  const inputs: RunValue[] = [
    { key: 'a', label: 'From', value: `${m.a.lat},${m.a.lon}`, unit: 'deg', shown: m.a.name, status: m.a.status },
    { key: 'b', label: 'To', value: `${m.b.lat},${m.b.lon}`, unit: 'deg', shown: m.b.name, status: m.b.status },
    {
      key: 'rf',
      label: 'Route factor',
      value: m.routeFactor,
      unit: '×',
      shown: formatNumber(m.routeFactor, { sigFigs: 3 }),
      status: s.route,
    },
    {
      key: 'preset',
      label: 'Preset',
      value: state.preset,
      unit: '',
      shown: scenarioById(state.preset).label,
      status: 'assumed',
    },
  ];
  const outputs: RunValue[] = [
    {
      key: 'greatCircleKm',
      label: 'Great-circle distance',
      value: m.greatCircleKm,
      unit: 'km',
      shown: km,
      status: s.distance,
      sources: m.provenance.distance.sources,
    },
    {
      key: 'routeKm',
      label: 'Fibre route',
      value: m.routeKm,
      unit: 'km',
      shown: routeKm,
      status: s.latency,
      sources: m.provenance.latency.sources,
    },
    {
      key: 'oneWayMs',
      label: 'One way',
      value: m.oneWayMs,
      unit: 'ms',
      shown: oneWay,
      status: s.latency,
      sources: m.provenance.latency.sources,
    },
    {
      key: 'roundTripMs',
      label: 'Round trip',
      value: m.roundTripMs,
      unit: 'ms',
      shown: rtt,
      status: s.latency,
      sources: m.provenance.latency.sources,
    },
    {
      key: 'nvlinkHopMs',
      label: 'NVLink hop',
      value: m.nvlinkHopMs,
      unit: 'ms',
      shown: formatDurationMs(m.nvlinkHopMs, 1),
      status: m.provenance.nvlinkHop.status,
      sources: m.provenance.nvlinkHop.sources,
    },
    {
      key: 'hallHopMs',
      label: 'Network hop in a hall',
      value: m.hallHopMs,
      unit: 'ms',
      shown: formatDurationMs(m.hallHopMs, 1),
      status: m.provenance.hallHop.status,
      sources: m.provenance.hallHop.sources,
    },
    {
      key: 'stepMs',
      label: 'One training step',
      value: m.stepMs,
      unit: 'ms',
      shown: step,
      status: s.step,
      sources: m.provenance.step.sources,
    },
  ];
  const run = { widget: 'latency', title: latencyWidget.title, query, inputs, outputs };
  const html = `${readouts}<p class="widget-comparison">${esc(comparison)}</p>${assumptionsHtml(scenarioById(state.preset))}${chart}${`<div class="widget-print">${printTableHtml(run)}</div>`}`;
  return { html, summary, run };
}
