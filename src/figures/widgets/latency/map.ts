/**
 * The latency widget's picking map, drawn at build time: North America in Equal Earth with the data's
 * sites. The browser only moves the two ends (map-frame.ts), so the land outlines never ship as JS.
 */
import { flatMapFor, projectScene, type View } from '../../../lib/geo-render';
import { frameOf, type MapFrame } from './map-frame';

/** Centred on the sites' continent, wide enough to reach both coasts and a little ocean. */
export const LATENCY_MAP_VIEW: View = { width: 400, height: 260, center: { lat: 39, lon: -96 }, zoom: 4 };

export interface LatencyMapPicture {
  frame: MapFrame;
  land: string;
  graticule: string;
  sites: { id: string; name: string; x: number; y: number }[];
}

export function latencyMapPicture(
  sites: readonly { id: string; shortName: string; location: { lat: number; lon: number } }[],
  view: View = LATENCY_MAP_VIEW,
): LatencyMapPicture {
  const projection = flatMapFor(view);
  const scene = projectScene(projection, {
    sites: sites.map((s) => ({ id: s.id, lat: s.location.lat, lon: s.location.lon })),
    links: [],
  });
  return {
    frame: frameOf(projection, view),
    land: scene.land,
    graticule: scene.graticule,
    sites: scene.markers.map((m, i) => ({ id: m.id, name: sites[i]?.shortName ?? m.id, x: m.x, y: m.y })),
  };
}
