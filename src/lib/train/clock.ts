/**
 * The simulated wall clock. The toy model's curves are real; its clock is the chosen system's: an inner
 * step costs what one site's training step costs the engine (innerStepSeconds), and every exchange costs
 * the engine's wanSyncSeconds for that system's parameters at the bytes per value on the wire.
 */
import { wanSyncSeconds } from '../sim/wan-sync';
import { type WireFormat, wireBytes } from './wire';

export interface ClockInput {
  sites: number;
  innerStepS: number;
  /** Parameters of the system's model, whose exchanges the clock charges. */
  systemParams: number;
  wanBandwidthBytesPerS: number;
  wanLatencyS: number;
}

export interface SyncClock {
  innerStepS: number;
  /** Seconds to all-reduce `fraction` of the system's model across the sites in `wire` format. */
  syncS(fraction: number, wire: WireFormat): number;
}

export function syncClock(x: ClockInput): SyncClock {
  return {
    innerStepS: x.innerStepS,
    syncS: (fraction, wire) =>
      wanSyncSeconds({
        sites: x.sites,
        payloadBytes: wireBytes(wire, x.systemParams * fraction),
        wanBandwidthBytesPerS: x.wanBandwidthBytesPerS,
        wanLatencyS: x.wanLatencyS,
      }),
  };
}
