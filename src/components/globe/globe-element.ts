/**
 * <sf-globe>: the static picture is already on the page; the lazy island (../lazy-island.ts) waits
 * until the figure nears the viewport (on an explore page, or a link with its state) or until the
 * reader interacts with it (in an article or an embed), then this loads the controller and either
 * the WebGL globe or the 2D map.
 */

import { readPayload } from '../../figures/globe/payload';
import { defineLazyIsland, hasUrlState } from '../lazy-island';
import { createGlSurface } from './webgl-support';

defineLazyIsland('sf-globe', {
  // In an article or an embed the globe waits for the reader's own interaction with it (press, tap,
  // focus): three.js (~132 KB gzip) and a WebGL context cost nothing to a reader who reads past it.
  startWhen: (el) => (el.dataset.load === 'near' || hasUrlState(el.id || 'globe') ? 'near' : 'interaction'),

  interactionTarget: (el) => el.querySelector<HTMLElement>('[data-stage]'),

  waiting(el, when) {
    const start = el.querySelector<HTMLButtonElement>('[data-start]');
    if (start) start.hidden = when !== 'interaction';
  },

  async load(el) {
    const payload = readPayload(el);
    if (!payload) return null;
    el.dataset.mode = 'loading';
    const start = el.querySelector<HTMLButtonElement>('[data-start]');
    if (start && !start.hidden) start.textContent = 'Loading the 3D globe…';
    // Most readers have WebGL: fetch three.js while the (slow) probe runs rather than after it.
    const controller = import('./controller/mount-globe');
    const wantGl = el.dataset.force !== 'map';
    const globeView = wantGl ? import('./three/globe-view') : null;
    const surface = wantGl ? createGlSurface() : null;
    performance.mark(`${payload.viewId}:probed`);
    const [{ mountGlobe }, createView] = await Promise.all([
      controller,
      surface && globeView
        ? globeView.then((m) => m.createGlobeView)
        : import('./map/map-view').then((m) => m.createMapView),
    ]);
    performance.mark(`${payload.viewId}:modules-loaded`);
    return (host) => {
      if (!surface) host.querySelector<HTMLDetailsElement>('details[data-table]')?.setAttribute('open', '');
      const mounted = mountGlobe(host, payload, createView, surface);
      performance.mark(`${payload.viewId}:mounted`);
      const stage = host.querySelector<HTMLElement & { sfLastMemory?: Record<string, number> }>('[data-stage]');
      const view = mounted.view as { renderer?: unknown; debug?: () => Record<string, number> };
      return {
        dispose: mounted.dispose,
        leftAfterDispose: () => stage?.sfLastMemory ?? null,
        test: {
          mode: () => host.dataset.mode ?? '',
          setCamera: mounted.setCamera,
          renderer: () => view.renderer ?? null,
          debug: () => view.debug?.() ?? {},
        },
      };
    };
  },

  onError(el, error) {
    el.dataset.mode = 'static';
    const start = el.querySelector<HTMLButtonElement>('[data-start]');
    if (start) start.hidden = true;
    const status = el.querySelector<HTMLElement>('[data-status]');
    if (status) {
      status.hidden = false;
      status.textContent = 'The interactive globe could not load; this is a static picture of it.';
    }
    console.warn('sf-globe: could not start', error);
  },
});
