/** Text for distances and delays; the route factor is a rule of thumb, so derived values carry "~". */
import { formatDistanceKm, formatDurationMs, type UnitSystem } from '../../lib/format';
import type { LinkLatency } from '../../lib/sim/link-latency';

export function unitsNow(): UnitSystem {
  return document.documentElement.dataset.units === 'us' ? 'us' : 'metric';
}

export function readoutText(r: LinkLatency, units: UnitSystem) {
  return {
    km: formatDistanceKm(r.greatCircleKm, units, 3),
    routeKm: `~${formatDistanceKm(r.routeKm, units, 2)}`,
    oneWay: `~${formatDurationMs(r.oneWayMs, 2)}`,
    rtt: `~${formatDurationMs(r.roundTripMs, 2)}`,
  };
}

/** "1 s on screen = 1 ms real" for a slowdown of 1000. */
export function slowdownLabel(onScreenMsPerRealMs: number): string {
  return `1 s on screen = ${formatDurationMs(1000 / onScreenMsPerRealMs, 2)} real`;
}
