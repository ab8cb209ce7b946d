/** Chapter 4, what distance costs: light in fibre between the sites against the delays inside them. */
import { wanExchangeSteps } from '../../../lib/sim';
import { latencyOverDistance, latencyOverRoute } from '../../../lib/sim/link-latency';
import { computed, computedInWords } from '../derived-figure';
import { data, param } from '../inputs';
import * as sc from '../scenario';
import { flatRing, oneWayS, range } from './shared';

export const distanceFigures = {
  wiAtlOneWayMs: () =>
    computed(() => latencyOverDistance(sc.distanceKm()).oneWayMs, {
      unit: 'ms',
      sig: 2,
      how: 'Great-circle distance times the assumed route factor, over the speed of light in glass.',
      method: 'fiber-latency',
    }),
  wiAtlRoundTripMs: () =>
    computed(
      () => {
        const r = range(data('links.wisconsin-atlanta.routeLengthKm'));
        return {
          min: latencyOverRoute(r.min).roundTripMs,
          max: latencyOverRoute(r.max).roundTripMs,
        };
      },
      {
        unit: 'ms',
        sig: 2,
        how: 'Twice the estimated route length over the speed of light in glass.',
        method: 'fiber-latency',
      },
    ),
  wiAtlRoundTripFloorMs: () =>
    computed(() => latencyOverRoute(sc.distanceKm()).roundTripMs, {
      unit: 'ms',
      sig: 2,
      how: 'Twice the straight-line distance over the speed of light in glass: no cable can do better.',
      method: 'fiber-latency',
    }),
  nvlinkMessageDelay: () =>
    computed(() => param('scaleUpLatencyS').value, {
      unit: 's',
      as: 'µs',
      sig: 1,
      how: 'The per-message delay α the engine uses inside an NVLink domain.',
      method: 'ring-all-reduce',
    }),
  wanVsNvlinkDelay: () => {
    const f = computedInWords(() => oneWayS() / param('scaleUpLatencyS').value, {
      unit: '×',
      sig: 1,
      how: 'One-way fibre delay between the sites divided by the delay of one message inside an NVLink rack.',
      method: 'fiber-latency',
    });
    return { ...f, unit: f.unit === '×' ? '×' : f.unit.replace(' ×', ' times') };
  },
  flatRingStepLatencyS: () =>
    computed(() => flatRing().intraLatencyS, {
      unit: 's',
      sig: 2,
      how: 'Latency of one ring through every GPU of two sites: 2(p−1) steps, each one scale-out message delay; the ring is pipelined, so the WAN adds its delay only per crossing.',
      method: 'hierarchical-all-reduce',
    }),
  flatRingWanHops: () =>
    computed(() => flatRing().wanHops, {
      unit: 'count',
      sig: 2,
      how: 'Hops of the ring that cross between the sites: one out, one back.',
      method: 'hierarchical-all-reduce',
    }),
  flatRingHops: () =>
    computedInWords(() => 2 * Math.round(sc.gpusPerSite().value), {
      unit: 'hops',
      sig: 2,
      how: 'One hop per GPU of the ring, through every GPU of two sites.',
      method: 'hierarchical-all-reduce',
    }),
  flatRingBottleneckS: () =>
    computed(() => flatRing().bandwidthTermS, {
      unit: 's',
      sig: 2,
      how: 'Bandwidth term of the flat ring: the whole fp32 gradient, 2(p−1)/p of it, through the one GPU’s NIC on each WAN crossing.',
      method: 'hierarchical-all-reduce',
    }),
  flatRingBdpBytes: () =>
    computed(() => flatRing().wanHopBandwidthDelayBytes, {
      unit: 'B',
      as: 'GB',
      sig: 2,
      how: 'Bytes in flight that keep one NIC pair busy across the WAN: its bandwidth times the round trip.',
      method: 'hierarchical-all-reduce',
    }),
  hierLatencyMs: () =>
    computed(() => wanExchangeSteps(2) * oneWayS() * 1000, {
      unit: 'ms',
      sig: 2,
      how: 'Latency of the cross-site phase of a hierarchical all-reduce between two sites: both send at once, one one-way delay (a ring of K > 2 sites needs 2(K−1)).',
      method: 'hierarchical-all-reduce',
    }),
  tpAcrossWanS: () =>
    computed(() => sc.model().layers.value * 4 * oneWayS(), {
      unit: 's',
      sig: 2,
      how: 'Four blocking tensor-parallel collectives per layer (two forward, two backward), each at least one WAN delay.',
      method: 'fiber-latency',
    }),
  latencyBandwidthCrossoverBytes: () =>
    computed(() => oneWayS() * sc.wanBandwidth().value, {
      unit: 'B',
      as: 'GB',
      sig: 2,
      how: 'Message size at which the transfer time equals the one-way delay: delay times bandwidth.',
      method: 'fiber-latency',
    }),
};
