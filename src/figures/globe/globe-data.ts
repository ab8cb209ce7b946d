/** Build-time only: the payload, the picture and the readouts, from the validated data and the engine. */
import { figureMidpoint, latest, links, sites, sources } from '../../lib/data';
import { centerOf, orthographicFor, type ProjectedScene, projectScene } from '../../lib/geo-render';
import { linkLatency } from '../../lib/sim/link-latency';
import { figureLabel } from '../shared/figure-labels';
import type { GlobePayload } from './payload';
import { type GlobeViewId, globeView } from './views';

export const STAGE_WIDTH = 800;
export const STAGE_HEIGHT = 600;
export const DEFAULT_ZOOM = 1.8;

/** `viewId` is the element's id and URL prefix; `view` the named view (views.ts) it shows. */
export function buildPayload(viewId: string, view: GlobeViewId = 'all'): GlobePayload {
  const shown = globeView(view);
  const included = new Set(shown.siteIds);
  const superfactory = sites.filter((s) => s.role === 'superfactory');
  const centerSites = (superfactory.length > 0 ? superfactory : sites).map((s) => ({ id: s.id, ...s.location }));
  return {
    viewId,
    center: centerOf(centerSites),
    zoom: shown.zoom ?? DEFAULT_ZOOM,
    sites: sites
      .filter((s) => included.has(s.id))
      .map((s) => {
        const detail = shown.siteDetail(s.id);
        return {
          id: s.id,
          name: s.name,
          shortName: s.shortName,
          role: s.role,
          lat: s.location.lat,
          lon: s.location.lon,
          ...(detail ? { detail } : {}),
        };
      }),
    links: links.links
      .filter((l) => included.has(l.from) && included.has(l.to))
      .map((l) => ({
        id: l.id,
        name: l.name,
        from: l.from,
        to: l.to,
        routeFactor: l.routeFactor ? figureMidpoint(l.routeFactor) : null,
      })),
  };
}

export function staticScene(payload: GlobePayload): ProjectedScene {
  const byId = new Map(payload.sites.map((s) => [s.id, s]));
  return projectScene(
    orthographicFor({ width: STAGE_WIDTH, height: STAGE_HEIGHT, center: payload.center, zoom: payload.zoom }),
    {
      sites: payload.sites,
      links: payload.links.flatMap((l) => {
        const from = byId.get(l.from);
        const to = byId.get(l.to);
        return from && to ? [{ id: l.id, from, to }] : [];
      }),
    },
  );
}

export function linkRows(payload: GlobePayload) {
  const byId = new Map(payload.sites.map((s) => [s.id, s]));
  return payload.links.flatMap((l) => {
    const from = byId.get(l.from);
    const to = byId.get(l.to);
    return from && to ? [{ link: l, from, to, readout: linkLatency(from, to, l.routeFactor) }] : [];
  });
}

export function siteCards(payload: GlobePayload) {
  const included = new Set(payload.sites.map((s) => s.id));
  return sites
    .filter((s) => included.has(s.id))
    .map((s) => ({
      site: s,
      locationSource: sources.get(s.location.source) ?? null,
      figures: Object.entries(s.figures).map(([key, series]) => {
        const f = latest(series);
        return { key, label: figureLabel(key), figure: f, source: sources.get(f.source) ?? null };
      }),
    }));
}
