/**
 * Land outlines from Natural Earth via world-atlas (110m: ~21 KB gzip), as GeoJSON and as rings of
 * [lon, lat] for the 3D globe. The same data feeds the build-time picture, the 2D map and the globe.
 */
import type { Feature, FeatureCollection, Geometry, MultiLineString } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import land110m from 'world-atlas/land-110m.json';

type LandTopology = Topology<{ land: GeometryCollection }>;
type StatesTopology = Topology<{ states: GeometryCollection; nation: GeometryCollection }>;

const landTopology = land110m as unknown as LandTopology;

export function landFeature(): FeatureCollection | Feature<Geometry> {
  return feature(landTopology, landTopology.objects.land);
}

export function landOutline(): MultiLineString {
  return mesh(landTopology, landTopology.objects.land);
}

/** Inner borders only (a === b is the coast), so states sit inside the land outline. */
export function stateLines(statesTopology: unknown): MultiLineString {
  const topo = statesTopology as StatesTopology;
  return mesh(topo, topo.objects.states, (a, b) => a !== b);
}

/** US state lines (us-atlas 10m, ~36 KB gzip), fetched only when a view zooms in on the US. */
export async function loadStateLines(): Promise<MultiLineString> {
  const mod = await import('us-atlas/states-10m.json');
  return stateLines(mod.default);
}

export type LonLat = [number, number];

export function ringsOf(lines: MultiLineString): LonLat[][] {
  return lines.coordinates.map((line) => line.map((p) => [p[0] ?? 0, p[1] ?? 0] as LonLat));
}
