/**
 * The latency widget's picking map as numbers only: the Equal Earth frame the build-time picture was
 * drawn with, so the browser can place the two ends and turn a click back into latitude and longitude
 * without loading the land outlines again. Needs d3-geo alone.
 */
import { type GeoProjection, geoEqualEarth, geoPath } from 'd3-geo';

export interface MapFrame {
  width: number;
  height: number;
  scale: number;
  translate: [number, number];
}

export interface LatLon {
  lat: number;
  lon: number;
}

export function frameOf(projection: GeoProjection, size: { width: number; height: number }): MapFrame {
  const [tx, ty] = projection.translate();
  return { width: size.width, height: size.height, scale: projection.scale(), translate: [tx, ty] };
}

export function projectionOf(frame: MapFrame): GeoProjection {
  return geoEqualEarth().scale(frame.scale).translate(frame.translate);
}

/** Where a point sits in the picture, in viewBox units (one decimal is sub-pixel). */
export function placeOf(frame: MapFrame, p: LatLon): { x: number; y: number } {
  const xy = projectionOf(frame)([p.lon, p.lat]) ?? [0, 0];
  return { x: Math.round(xy[0] * 10) / 10, y: Math.round(xy[1] * 10) / 10 };
}

/**
 * The point under (x, y), rounded to the URL's two decimals; null off the globe's outline, where
 * Equal Earth's inverse has no true answer.
 */
export function pointAt(frame: MapFrame, x: number, y: number): LatLon | null {
  const projection = projectionOf(frame);
  const ll = projection.invert?.([x, y]);
  if (!ll) return null;
  const [lon, lat] = ll;
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  // Past the outline the inverse can still converge on a wrong point: it must project back to (x, y).
  const back = projection([lon, lat]);
  if (!back || Math.hypot(back[0] - x, back[1] - y) > 1) return null;
  return { lat: Math.round(lat * 100) / 100 || 0, lon: Math.round(lon * 100) / 100 || 0 };
}

/** The great circle between the two ends as an SVG path (d3 interpolates along the sphere). */
export function arcPath(frame: MapFrame, a: LatLon, b: LatLon): string {
  const path = geoPath(projectionOf(frame)).digits(1);
  return (
    path({
      type: 'LineString',
      coordinates: [
        [a.lon, a.lat],
        [b.lon, b.lat],
      ],
    }) ?? ''
  );
}
