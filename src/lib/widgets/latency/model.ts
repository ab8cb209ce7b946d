/**
 * The latency widget as a pure function of its state: distance, fibre route, one-way and round-trip
 * time, set on one logarithmic time axis against an NVLink hop, a network hop inside a hall and one
 * training step of the chosen preset.
 */
import type { XYChartSpec } from '../../chart';
import type { Status } from '../../data/provenance';
import { formatDistanceKm, formatDurationMs, formatNumber } from '../../format';
import { fiber, modelParams } from '../../payload';
import {
  analyticStepUnchecked,
  DEFAULT_ROUTE_FACTOR,
  FIBER_KM_PER_S,
  fiberLatencyMsUnchecked,
  greatCircleKmUnchecked,
  PARAMS,
} from '../../sim/unchecked';
import { badgeHtml, computedStatus, type InputStatus } from '../badges';
import { chartFigureHtml } from '../chart-figure';
import { esc } from '../html';
import { scenarioById, scenarioInputStatuses, scenarioStepConfig } from '../presets';
import { printTableHtml } from '../print-model';
import type { RunValue } from '../run-record';
import { summaryText } from '../text-summary';
import { assumptionsHtml } from '../wan-inputs';
import type { RenderedWidget } from '../widget';
import { type Endpoint, endpointOf } from './endpoint';
import { type LatencyState, latencyUrl } from './state';

export { type Endpoint, endpointOf };

/** The engine's distance bound for a WAN (the antipodes are ~20,015 km apart on our sphere). */
const MAX_WAN_KM = 20_000;

export interface LatencyModel {
  a: Endpoint;
  b: Endpoint;
  greatCircleKm: number;
  routeKm: number;
  oneWayMs: number;
  roundTripMs: number;
  nvlinkHopMs: number;
  hallHopMs: number;
  stepMs: number;
  routeFactor: number;
  statuses: { distance: Status; route: InputStatus; latency: Status; step: Status };
}

export function latencyModel(state: LatencyState): LatencyModel {
  const a = endpointOf(state, 'a');
  const b = endpointOf(state, 'b');
  const km = greatCircleKmUnchecked(a, b);
  const routeFactor = state.rf;
  const oneWayMs = fiberLatencyMsUnchecked(km, routeFactor);
  const preset = scenarioById(state.preset);
  const step = analyticStepUnchecked(
    scenarioStepConfig(preset, {
      distanceKm: Math.min(km, MAX_WAN_KM),
      bandwidthBytesPerS: preset.wanBandwidthBytesPerS.value as number,
    }),
  );
  const routeStatus: InputStatus = routeFactor === DEFAULT_ROUTE_FACTOR ? fiber.defaultRouteFactor.status : 'reader';
  const distance = computedStatus([a.status, b.status]);
  const latency = computedStatus([distance, routeStatus, fiber.speedOfLightKmPerS.status]);
  return {
    a,
    b,
    greatCircleKm: km,
    routeKm: km * routeFactor,
    oneWayMs,
    roundTripMs: 2 * oneWayMs,
    nvlinkHopMs: PARAMS.scaleUpLatencyS * 1000,
    hallHopMs: PARAMS.scaleOutLatencyS * 1000,
    stepMs: step.stepTimeS * 1000,
    routeFactor,
    statuses: {
      distance,
      route: routeStatus,
      latency,
      step: computedStatus([...scenarioInputStatuses(preset), latency]),
    },
  };
}

/** "~" marks a figure that is not known outright. */
const approx = (s: InputStatus) => (s === 'known' ? '' : '~');

const X_DOMAIN: readonly [number, number] = [0.001, 20_000];
const Y_DOMAIN_S: readonly [number, number] = [1e-9, 100];

export function latencyChartSpec(m: LatencyModel): XYChartSpec {
  // Seconds with SI ticks read as "10µ", "1m": an axis in ms would print "10m ms".
  const oneWayS = (km: number) => fiberLatencyMsUnchecked(km, m.routeFactor) / 1000;
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

function readout(label: string, value: string, status: InputStatus, computed: boolean, key: string): string {
  return `<div class="widget-readout" data-out="${esc(key)}"><dt>${esc(label)}</dt><dd><span class="widget-readout__value">${esc(value)}</span> ${badgeHtml(status, { computed })}</dd></div>`;
}

export function renderLatencyWidget(state: LatencyState): RenderedWidget {
  const m = latencyModel(state);
  const s = m.statuses;
  const km = `${approx(s.distance)}${formatDistanceKm(m.greatCircleKm, 'metric', 3)}`;
  const routeKm = `${approx(s.latency)}${formatDistanceKm(m.routeKm, 'metric', 2)}`;
  const oneWay = `${approx(s.latency)}${formatDurationMs(m.oneWayMs, 2)}`;
  const rtt = `${approx(s.latency)}${formatDurationMs(m.roundTripMs, 2)}`;
  const step = `~${formatDurationMs(m.stepMs, 2)}`;
  const rttOverNvlink = m.roundTripMs / m.nvlinkHopMs;
  const rttOverStep = m.roundTripMs / m.stepMs;
  const readouts =
    '<dl class="widget-readouts">' +
    readout('Great-circle distance', km, s.distance, true, 'km') +
    readout(`Fibre route (×${formatNumber(m.routeFactor, { sigFigs: 3 })})`, routeKm, s.latency, true, 'route') +
    readout('One way, light in fibre', oneWay, s.latency, true, 'one-way') +
    readout('Round trip', rtt, s.latency, true, 'rtt') +
    readout('One training step (preset)', step, s.step, true, 'step') +
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
    `Light covers about ${formatNumber(FIBER_KM_PER_S / 1000, { sigFigs: 3 })} km per millisecond in glass fibre. The ring marks this pair's one-way time; the step is one training step of the preset at this distance.`,
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
    },
    { key: 'routeKm', label: 'Fibre route', value: m.routeKm, unit: 'km', shown: routeKm, status: s.latency },
    { key: 'oneWayMs', label: 'One way', value: m.oneWayMs, unit: 'ms', shown: oneWay, status: s.latency },
    { key: 'roundTripMs', label: 'Round trip', value: m.roundTripMs, unit: 'ms', shown: rtt, status: s.latency },
    {
      key: 'nvlinkHopMs',
      label: 'NVLink hop',
      value: m.nvlinkHopMs,
      unit: 'ms',
      shown: formatDurationMs(m.nvlinkHopMs, 1),
      status: modelParams.scaleUpLatencyS.status,
    },
    {
      key: 'hallHopMs',
      label: 'Network hop in a hall',
      value: m.hallHopMs,
      unit: 'ms',
      shown: formatDurationMs(m.hallHopMs, 1),
      status: modelParams.scaleOutLatencyS.status,
    },
    { key: 'stepMs', label: 'One training step', value: m.stepMs, unit: 'ms', shown: step, status: s.step },
  ];
  const run = { widget: 'latency', title: 'Distance and latency', query, inputs, outputs };
  const html = `${readouts}<p class="widget-comparison">${esc(comparison)}</p>${assumptionsHtml(scenarioById(state.preset))}${chart}${`<div class="widget-print">${printTableHtml(run)}</div>`}`;
  return { html, summary, run };
}
