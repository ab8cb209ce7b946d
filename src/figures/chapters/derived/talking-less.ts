/** Chapter 6, talking less: synchronous data parallelism, DiLoCo and streaming DiLoCo over one fibre pair. */
import { computed } from '../derived-figure';
import { lowComm } from './shared';

export const talkingLessFigures = {
  dpUtilisationFiberPair: () =>
    computed(() => 100 * lowComm('data-parallel').computeUtilisation, {
      unit: '%',
      sig: 2,
      how: 'Synchronous data parallelism over one fibre pair: compute time over compute plus exposed exchange.',
      method: 'diloco',
    }),
  dilocoUtilisationFiberPair: () =>
    computed(() => 100 * lowComm('diloco').computeUtilisation, {
      unit: '%',
      sig: 2,
      how: 'DiLoCo over one fibre pair.',
      method: 'diloco',
    }),
  streamingUtilisationFiberPair: () =>
    computed(() => 100 * lowComm('streaming-diloco').computeUtilisation, {
      unit: '%',
      sig: 2,
      how: 'Streaming DiLoCo over one fibre pair: fragments, 4-bit values, one step of overlap.',
      method: 'streaming-diloco',
    }),
  dpAverageBandwidth: () =>
    computed(() => lowComm('data-parallel').averageBandwidthBytesPerS, {
      unit: 'B/s',
      as: 'Tbit/s',
      sig: 2,
      how: 'Average WAN traffic of synchronous data parallelism.',
      method: 'diloco',
    }),
  dilocoAverageBandwidth: () =>
    computed(() => lowComm('diloco').averageBandwidthBytesPerS, {
      unit: 'B/s',
      as: 'Gbit/s',
      sig: 2,
      how: 'Average WAN traffic of DiLoCo.',
      method: 'diloco',
    }),
  streamingAverageBandwidth: () =>
    computed(() => lowComm('streaming-diloco').averageBandwidthBytesPerS, {
      unit: 'B/s',
      as: 'Gbit/s',
      sig: 2,
      how: 'Average WAN traffic of streaming DiLoCo with 4-bit values.',
      method: 'streaming-diloco',
    }),
};
