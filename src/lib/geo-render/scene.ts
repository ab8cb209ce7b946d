/**
 * Turns sites and links into projected SVG paths with d3-geo. Pure (no DOM): runs at build time for
 * the static picture and in the browser for the 2D map, so the two always agree.
 */
import { type GeoProjection, geoEqualEarth, geoGraticule10, geoInterpolate, geoOrthographic, geoPath } from 'd3-geo';
import type { MultiLineString } from 'geojson';
import { type LonLat, landFeature } from './atlas';

export interface ScenePoint {
  id: string;
  lat: number;
  lon: number;
}
export interface SceneLink {
  id: string;
  from: ScenePoint;
  to: ScenePoint;
}
export interface View {
  width: number;
  height: number;
  center: { lat: number; lon: number };
  /** 1 = the whole globe (or world map) fits; larger magnifies. */
  zoom: number;
}

/** Globe radius in px at zoom 1: the same in the static picture and the 3D view, so they line up. */
export function globeRadiusPx(view: Pick<View, 'width' | 'height' | 'zoom'>): number {
  return 0.45 * Math.min(view.width, view.height) * view.zoom;
}

export function orthographicFor(view: View): GeoProjection {
  return geoOrthographic()
    .rotate([-view.center.lon, -view.center.lat])
    .translate([view.width / 2, view.height / 2])
    .scale(globeRadiusPx(view))
    .clipAngle(90)
    .precision(0.3);
}

/** The 2D fallback map: Equal Earth, zoomed about a centre. */
export function flatMapFor(view: View): GeoProjection {
  const base = geoEqualEarth().fitSize([view.width, view.height], { type: 'Sphere' });
  const scale = base.scale() * view.zoom;
  const p = geoEqualEarth()
    .scale(scale)
    .translate([view.width / 2, view.height / 2]);
  const c = p([view.center.lon, view.center.lat]) ?? [view.width / 2, view.height / 2];
  p.translate([view.width - c[0], view.height - c[1]]);
  // Keep the map's top and bottom edges outside the frame when it is tall enough to fill it.
  const top = p([view.center.lon, 90])?.[1] ?? 0;
  const bottom = p([view.center.lon, -90])?.[1] ?? view.height;
  const [tx, ty] = p.translate();
  if (bottom - top >= view.height) {
    if (top > 0) p.translate([tx, ty - top]);
    else if (bottom < view.height) p.translate([tx, ty + view.height - bottom]);
  } else {
    p.translate([tx, ty + (view.height - bottom - top) / 2]);
  }
  return p;
}

/** Points along the great circle from a to b, [lon, lat], ends included. */
export function greatCirclePoints(
  a: { lat: number; lon: number },
  b: { lat: number; lon: number },
  segments: number,
): LonLat[] {
  const at = geoInterpolate([a.lon, a.lat], [b.lon, b.lat]);
  const out: LonLat[] = [];
  for (let i = 0; i <= segments; i++) out.push(at(i / segments) as LonLat);
  return out;
}

export interface ProjectedScene {
  sphere: string;
  graticule: string;
  land: string;
  states: string;
  arcs: { id: string; d: string; mid: [number, number] | null }[];
  markers: { id: string; x: number; y: number; visible: boolean }[];
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

export function projectScene(
  projection: GeoProjection,
  scene: { sites: readonly ScenePoint[]; links: readonly SceneLink[]; states?: MultiLineString | null },
): ProjectedScene {
  // One decimal is sub-pixel and keeps the inlined SVG small.
  const path = geoPath(projection).digits(1);
  const clip = projection.clipAngle?.() ?? null;
  const visible = (p: ScenePoint) => {
    if (clip === null) return true;
    const r = projection.rotate();
    // On an orthographic globe a point shows when it is within 90° of the view centre.
    const rad = Math.PI / 180;
    const lat0 = -r[1] * rad;
    const lon0 = -r[0] * rad;
    const cos =
      Math.sin(lat0) * Math.sin(p.lat * rad) + Math.cos(lat0) * Math.cos(p.lat * rad) * Math.cos(p.lon * rad - lon0);
    return cos > 0;
  };
  return {
    sphere: path({ type: 'Sphere' }) ?? '',
    graticule: path(geoGraticule10()) ?? '',
    land: path(landFeature()) ?? '',
    states: scene.states ? (path(scene.states) ?? '') : '',
    arcs: scene.links.map((l) => {
      const line = { type: 'LineString' as const, coordinates: greatCirclePoints(l.from, l.to, 32) };
      const midLonLat = geoInterpolate([l.from.lon, l.from.lat], [l.to.lon, l.to.lat])(0.5);
      const mid = projection(midLonLat);
      return { id: l.id, d: path(line) ?? '', mid: mid ? [round1(mid[0]), round1(mid[1])] : null };
    }),
    markers: scene.sites.map((s) => {
      const xy = projection([s.lon, s.lat]);
      return {
        id: s.id,
        x: xy ? round1(xy[0]) : 0,
        y: xy ? round1(xy[1]) : 0,
        visible: xy !== null && visible(s),
      };
    }),
  };
}

/** A sensible opening view: the mean position of the sites, good for a cluster on one continent. */
export function centerOf(points: readonly ScenePoint[]): { lat: number; lon: number } {
  if (points.length === 0) return { lat: 20, lon: 0 };
  const lat = points.reduce((s, p) => s + p.lat, 0) / points.length;
  const lon = points.reduce((s, p) => s + p.lon, 0) / points.length;
  return { lat: Math.round(lat * 100) / 100, lon: Math.round(lon * 100) / 100 };
}
