/**
 * The globe room, assembled: URL state, the drawing surface (3D globe or 2D map, see stage-view.ts)
 * and the modules around it (camera, input, overlay, cards, sandbox), each of which returns its own
 * dispose. The same code drives the globe and the map, so both behave alike.
 */

import type { GlobePayload } from '../../../figures/globe/payload';
import { readUrlState, showNotices, writeUrlState } from '../../../lib/url-state/browser';
import { globeStateSpec } from '../globe-state';
import type { Camera, CreateView, StageView, ViewInit } from '../stage-view';
import { createCameraRig } from './camera';
import { mountCards } from './cards';
import { globeLinks } from './globe-links';
import { bindInput } from './input';
import { renderLinkReadouts } from './link-readouts';
import { createListeners } from './listeners';
import { markLive } from './live-hint';
import { mountOverlay } from './overlay';
import { mountSandbox } from './sandbox';
import { mountSlowMotion } from './slow-motion';

/** URL writes are coalesced: a drag updates the history entry once, not sixty times a second. */
const URL_WRITE_DELAY_MS = 250;
const SITE_ZOOM_MIN = 1.5;

export interface MountedGlobe {
  view: StageView;
  setCamera(c: Camera): void;
  dispose(): void;
}

export function mountGlobe(
  host: HTMLElement,
  payload: GlobePayload,
  createView: CreateView,
  surface: ViewInit['surface'],
): MountedGlobe {
  const spec = globeStateSpec(payload);
  const parsed = readUrlState(spec);
  const state = parsed.state;
  const listeners = createListeners();
  const part = <T extends Element>(sel: string) => host.querySelector<T>(sel);
  const stage = part<HTMLElement>('[data-stage]') as HTMLElement;
  const overlayHost = part<HTMLElement>('[data-overlay]') as HTMLElement;
  const picture = part<SVGElement>('[data-static]');
  const status = part<HTMLElement>('[data-status]');
  const noticeHost = part<HTMLElement>('[data-notices]');
  const controls = part<HTMLElement>('[data-controls]');
  const links = globeLinks(payload);

  const setStatus = (text: string) => {
    if (!status) return;
    status.textContent = text;
    status.hidden = text === '';
  };
  let urlTimer = 0;
  const saveUrl = () => {
    window.clearTimeout(urlTimer);
    urlTimer = window.setTimeout(() => writeUrlState(spec, state), URL_WRITE_DELAY_MS);
  };
  listeners.later(() => window.clearTimeout(urlTimer));

  const motionQuery = window.matchMedia('(prefers-reduced-motion: reduce)');
  const view = createView({
    stage,
    surface,
    sites: payload.sites.map((s) => ({ id: s.id, lat: s.lat, lon: s.lon, role: s.role })),
    links: links.map((l) => ({ id: l.id, from: l.fromSite, to: l.toSite, oneWayMs: l.readout.oneWayMs })),
    reducedMotion: motionQuery.matches,
    slowdown: state.slow,
    onLost(lost) {
      if (picture) picture.style.visibility = lost ? 'visible' : '';
      overlayHost.hidden = lost;
      host.dataset.mode = lost ? 'lost' : view.kind;
      setStatus(lost ? 'The 3D view lost its graphics context; showing the static picture until it comes back.' : '');
    },
  });
  host.dataset.mode = view.kind;
  const unmarkLive = markLive(host, stage, view.kind);
  if (picture) picture.style.visibility = 'hidden';
  if (controls) controls.hidden = false;
  setStatus('');

  const camera = createCameraRig(
    view,
    { lat: state.lat, lon: state.lon, zoom: state.z },
    {
      reducedMotion: motionQuery.matches,
      onChange(c) {
        state.lat = c.lat;
        state.lon = c.lon;
        state.z = c.zoom;
        saveUrl();
      },
    },
  );
  const visitSite = (s: { lat: number; lon: number }) =>
    camera.flyTo({ lat: s.lat, lon: s.lon, zoom: Math.max(camera.get().zoom, SITE_ZOOM_MIN) });

  const sandbox = mountSandbox({
    host,
    noticeHost,
    view,
    spec,
    sites: payload.sites,
    initial: state.sb,
    onChange(p) {
      state.sb = p;
      saveUrl();
    },
    onPlaced: (p) => camera.flyTo({ ...p, zoom: camera.get().zoom }),
  });
  const overlay = mountOverlay({
    overlay: overlayHost,
    pulseClock: part<HTMLElement>('[data-pulse-clock]'),
    view,
    sites: payload.sites,
    links,
    viewId: payload.viewId,
    sandbox: () => sandbox.point,
    onVisit: visitSite,
    onFirstFrame() {
      host.dataset.drawn = 'true';
    },
    onPick(site) {
      cards.open(site.id);
      visitSite(site);
    },
  });
  const cards = mountCards(host, {
    onChange(id) {
      state.site = id;
      saveUrl();
    },
    siteButton: overlay.siteButton,
  });
  const unbindInput = bindInput({
    stage,
    view,
    camera,
    onTap(at) {
      if (!sandbox.active) return;
      const point = view.pick(at.x, at.y);
      if (point) sandbox.set(point);
    },
  });
  const unbindSlowMotion = mountSlowMotion(part<HTMLSelectElement>('[data-slowdown]'), state.slow, (v) => {
    state.slow = v;
    view.setSlowdown(v);
    saveUrl();
  });

  listeners.on(motionQuery, 'change', () => {
    view.setReducedMotion(motionQuery.matches);
    camera.setReducedMotion(motionQuery.matches);
  });
  const prefsObserver = new MutationObserver(() => {
    view.restyle();
    renderLinkReadouts(host, links);
    sandbox.render();
    view.render(camera.get());
  });
  prefsObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'data-units'] });
  listeners.later(() => prefsObserver.disconnect());

  if (noticeHost) showNotices(noticeHost, parsed.notices);
  renderLinkReadouts(host, links);
  view.render(camera.get());
  if (state.site) {
    const site = payload.sites.find((s) => s.id === state.site);
    cards.open(state.site, { focus: false });
    if (site) camera.set({ lat: site.lat, lon: site.lon, zoom: camera.get().zoom });
  }

  return {
    view,
    setCamera: camera.set,
    dispose() {
      // The reverse of the order of assembly: nothing outlives what it depends on.
      unbindSlowMotion();
      unbindInput();
      cards.dispose();
      overlay.dispose();
      sandbox.dispose();
      camera.dispose();
      listeners.dispose();
      view.dispose();
      if (picture) picture.style.visibility = '';
      unmarkLive();
      host.dataset.mode = 'static';
      delete host.dataset.drawn;
    },
  };
}
