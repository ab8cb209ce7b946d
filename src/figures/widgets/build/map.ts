/**
 * The build widget's map: the latency widget's picture of North America (drawn at build time, the
 * click inverted through the same projection, map-frame.ts), with the reader's sites, the ring of
 * links between them and the pace of the exchange the sites' pulses follow.
 */
import { formatDurationMs } from '../../../lib/format';
import { ringLinks } from '../../../lib/sim/unchecked';
import type { RunRecord } from '../../shared/run-record';
import { latencyMapPicture } from '../latency/map';
import { arcPath, type LatLon, type MapFrame, placeOf } from '../latency/map-frame';

export function buildMapPicture(sites: Parameters<typeof latencyMapPicture>[0]) {
  const picture = latencyMapPicture(sites);
  return { ...picture, place: (p: LatLon) => placeOf(picture.frame, p) };
}

/** The ring's arcs, one per link, in link order. */
export function linkArcs(frame: MapFrame, sites: readonly LatLon[]): string[] {
  return ringLinks(sites.length).map(([a, b]) => arcPath(frame, sites[a] as LatLon, sites[b] as LatLon));
}

/**
 * A pulse faster than a second flickers and one slower than eight reads as still; the text keeps the
 * true period. Whole seconds, so the page's CSS holds every pace (the CSP forbids inline styles).
 */
const DRAWN_S = { min: 1, max: 8 } as const;

/** The pace of the pulses and the words that say it (also all a reader with reduced motion sees). */
export function syncMark(run: RunRecord): { text: string; drawnS: number; everyS: number | null } {
  const value = run.outputs.find((o) => o.key === 'build.syncEveryS')?.value;
  const everyS = typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : null;
  if (everyS === null) return { text: 'No exchange over the WAN to show.', drawnS: DRAWN_S.max, everyS };
  const drawnS = Math.min(DRAWN_S.max, Math.max(DRAWN_S.min, Math.round(everyS)));
  const pace =
    Math.abs(drawnS - everyS) < 0.05 * everyS
      ? ''
      : ` (the pulse is drawn every ${formatDurationMs(drawnS * 1000, 2)})`;
  return { text: `The sites sync over the WAN every ${formatDurationMs(everyS * 1000, 3)}${pace}.`, drawnS, everyS };
}
