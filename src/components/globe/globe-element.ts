/**
 * <sf-globe>: the static picture is already on the page; this small script waits until the figure
 * nears the viewport, then loads the controller and either the WebGL globe or the 2D map. Nothing
 * of three.js is in the page's initial load.
 */
import { readPayload } from './payload';
import { createGlSurface } from './webgl-support';

interface TestHook {
  mode(): string;
  setCamera(c: { lat: number; lon: number; zoom: number }): void;
  renderer(): unknown;
  debug(): Record<string, number>;
  teardown(): Promise<Record<string, number> | null>;
  remount(): Promise<void>;
}

class SfGlobe extends HTMLElement {
  #observer: IntersectionObserver | null = null;
  #dispose: (() => void) | null = null;
  #started = false;
  sfTest: TestHook | null = null;

  connectedCallback() {
    // Pre-load a few hundred pixels early so the globe is usually ready when it scrolls in.
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          performance.mark(`${this.id || 'globe'}:near-viewport`);
          this.#observer?.disconnect();
          void this.#start();
        }
      },
      { rootMargin: '400px 0px' },
    );
    this.#observer.observe(this);
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
    this.#dispose?.();
    this.#dispose = null;
    this.#started = false;
  }

  async #start() {
    if (this.#started) return;
    this.#started = true;
    const payload = readPayload(this);
    if (!payload) return;
    this.dataset.mode = 'loading';
    try {
      // The controller downloads while the (slow) WebGL probe runs.
      // Most readers have WebGL: fetch three.js while the (slow) probe runs rather than after it.
      const controller = import('./controller');
      const wantGl = this.dataset.force !== 'map';
      const globeView = wantGl ? import('./three/globe-view') : null;
      const surface = wantGl ? createGlSurface() : null;
      performance.mark(`${payload.viewId}:probed`);
      const [{ mountGlobe }, createView] = await Promise.all([
        controller,
        surface && globeView
          ? globeView.then((m) => m.createGlobeView)
          : import('./map/map-view').then((m) => m.createMapView),
      ]);
      const webgl = surface !== null;
      performance.mark(`${payload.viewId}:modules-loaded`);
      if (!this.isConnected) return;
      if (!webgl) this.querySelector<HTMLDetailsElement>('details[data-table]')?.setAttribute('open', '');
      const mounted = mountGlobe(this, payload, createView, surface);
      performance.mark(`${payload.viewId}:mounted`);
      this.#dispose = mounted.dispose;
      const stage = this.querySelector('[data-stage]') as
        | (HTMLElement & { sfLastMemory?: Record<string, number> })
        | null;
      this.sfTest = {
        mode: () => this.dataset.mode ?? '',
        setCamera: (c) => mounted.setCamera(c),
        renderer: () => (mounted.view as { renderer?: unknown }).renderer ?? null,
        debug: () => (mounted.view as { debug?: () => Record<string, number> }).debug?.() ?? {},
        teardown: async () => {
          this.#dispose?.();
          this.#dispose = null;
          return stage?.sfLastMemory ?? null;
        },
        remount: async () => {
          this.#started = false;
          await this.#start();
        },
      };
    } catch (error) {
      // A failed chunk load (offline, blocked) leaves the static picture and says so.
      this.dataset.mode = 'static';
      const status = this.querySelector<HTMLElement>('[data-status]');
      if (status) {
        status.hidden = false;
        status.textContent = 'The interactive globe could not load; this is a static picture of it.';
      }
      console.warn('sf-globe: could not start', error);
    }
  }
}

if (!customElements.get('sf-globe')) customElements.define('sf-globe', SfGlobe);
