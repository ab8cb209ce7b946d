/** Lat/lon to 3D and the line buffers of the globe (outlines, arcs). No renderer here. */
import { BufferGeometry, Float32BufferAttribute, Vector3 } from 'three';
import type { LonLat } from '../../../lib/geo-render';

const D2R = Math.PI / 180;

/** y up; (lat 0, lon 0) faces +z, east is +x, so a camera on +z sees north up and east right. */
export function toVec3(lat: number, lon: number, radius = 1, out = new Vector3()): Vector3 {
  const la = lat * D2R;
  const lo = lon * D2R;
  return out.set(radius * Math.cos(la) * Math.sin(lo), radius * Math.sin(la), radius * Math.cos(la) * Math.cos(lo));
}

export function fromVec3(v: Vector3): { lat: number; lon: number } {
  const r = v.length();
  return { lat: Math.asin(Math.max(-1, Math.min(1, v.y / r))) / D2R, lon: Math.atan2(v.x, v.z) / D2R };
}

/** Rings of [lon, lat] as pairs of segment end points, for one LineSegments draw call. */
export function segmentsGeometry(rings: readonly (readonly LonLat[])[], radius: number): BufferGeometry {
  const positions: number[] = [];
  const a = new Vector3();
  const b = new Vector3();
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i++) {
      const p = ring[i - 1] as LonLat;
      const q = ring[i] as LonLat;
      toVec3(p[1], p[0], radius, a);
      toVec3(q[1], q[0], radius, b);
      positions.push(a.x, a.y, a.z, b.x, b.y, b.z);
    }
  }
  const g = new BufferGeometry();
  g.setAttribute('position', new Float32BufferAttribute(positions, 3));
  return g;
}

/** An arc lifted off the surface by sin(πt)·lift, so long links clear the horizon and read as routes. */
export function arcPoints(points: readonly LonLat[], lift: number, radius = 1): Vector3[] {
  const n = points.length - 1;
  return points.map((p, i) => toVec3(p[1], p[0], radius * (1 + lift * Math.sin((Math.PI * i) / Math.max(1, n)))));
}

export function pointAlong(arc: readonly Vector3[], t: number, out = new Vector3()): Vector3 {
  const f = Math.max(0, Math.min(1, t)) * (arc.length - 1);
  const i = Math.min(arc.length - 2, Math.floor(f));
  const a = arc[i] as Vector3;
  const b = arc[i + 1] as Vector3;
  return out.copy(a).lerp(b, f - i);
}
