/** The globe's URL state: camera, open card, slow-motion factor and the sandbox site. */

import type { GlobePayload } from '../../figures/globe/payload';
import { defineUrlState, idField, latLonField, numberField } from '../../lib/url-state';

/** On-screen milliseconds per real millisecond: 1000 means "1 s on screen = 1 ms real". */
export const SLOWDOWN_CHOICES = [100, 300, 1000, 3000, 10_000] as const;
export const DEFAULT_SLOWDOWN = 1000;
export const ZOOM_MIN = 0.8;
export const ZOOM_MAX = 12;

export function globeStateSpec(payload: GlobePayload) {
  const ids = new Set(payload.sites.map((s) => s.id));
  return defineUrlState(payload.viewId, {
    lat: numberField({ min: -85, max: 85 }, payload.center.lat),
    lon: numberField({ min: -180, max: 180 }, payload.center.lon),
    z: numberField({ min: ZOOM_MIN, max: ZOOM_MAX }, payload.zoom),
    site: idField((id) => ids.has(id)),
    slow: numberField({ min: 10, max: 100_000 }, DEFAULT_SLOWDOWN, 0),
    sb: latLonField(),
  });
}
export type GlobeStateSpec = ReturnType<typeof globeStateSpec>;
