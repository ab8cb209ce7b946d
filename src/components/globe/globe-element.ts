/**
 * <sf-globe>: the static picture is already on the page; this small script waits until the figure
 * nears the viewport (on an explore page) or until the reader acts near it (in an article), then
 * loads the controller and either the WebGL globe or the 2D map. Nothing of three.js is in the
 * page's initial load.
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

const NEAR_VIEWPORT = '400px 0px';
/** What counts as the reader acting on the page (anywhere) and approaching the globe (on it). */
const READER_ACTIONS = ['scroll', 'wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
const APPROACHES = ['pointerenter', 'focusin', 'pointerdown'] as const;

/** A shared link with this globe's state in it: the reader came to see the globe. */
function hasUrlState(prefix: string): boolean {
  return Array.from(new URLSearchParams(window.location.search).keys()).some((k) => k.startsWith(`${prefix}.`));
}

class SfGlobe extends HTMLElement {
  #observer: IntersectionObserver | null = null;
  #stopWaiting: (() => void) | null = null;
  #dispose: (() => void) | null = null;
  #started = false;
  sfTest: TestHook | null = null;

  connectedCallback() {
    if (this.dataset.load === 'near' || hasUrlState(this.id || 'globe')) {
      this.#startWhenNear();
      return;
    }
    this.#startWhenReaderActs();
  }

  /** The globe is the page (explore): pre-load a few hundred pixels early so it is ready when seen. */
  #startWhenNear() {
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) this.#begin();
      },
      { rootMargin: NEAR_VIEWPORT },
    );
    this.#observer.observe(this);
  }

  /**
   * In an article the globe sits just below the fold on wide screens, so "near the viewport" is true
   * at load and three.js (~132 KB gzip) would ride along with every visit. Wait instead until the
   * reader scrolls, types or touches while it is near, or points at or tabs into the figure; the
   * build-time picture stands in until then.
   */
  #startWhenReaderActs() {
    let near = false;
    let acted = false;
    const maybeBegin = () => {
      if (near && acted) this.#begin();
    };
    const onAct = () => {
      acted = true;
      maybeBegin();
    };
    const onApproach = () => this.#begin();
    for (const type of READER_ACTIONS) window.addEventListener(type, onAct, { passive: true, capture: true });
    for (const type of APPROACHES) this.addEventListener(type, onApproach, { passive: true });
    this.#stopWaiting = () => {
      for (const type of READER_ACTIONS) window.removeEventListener(type, onAct, { capture: true });
      for (const type of APPROACHES) this.removeEventListener(type, onApproach);
    };
    this.#observer = new IntersectionObserver(
      (entries) => {
        near = entries.some((e) => e.isIntersecting);
        maybeBegin();
      },
      { rootMargin: NEAR_VIEWPORT },
    );
    this.#observer.observe(this);
  }

  #begin() {
    performance.mark(`${this.id || 'globe'}:near-viewport`);
    this.#observer?.disconnect();
    this.#stopWaiting?.();
    this.#stopWaiting = null;
    void this.#start();
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
    this.#stopWaiting?.();
    this.#stopWaiting = null;
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
      const controller = import('./controller/mount-globe');
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
