/** <sf-campus>: the floor plan is on the page already; WebGL (or the live plan) loads near the viewport. */
import { createGlSurface } from '../webgl-support';
import type { CampusPayload } from './campus-controller';

class SfCampus extends HTMLElement {
  #observer: IntersectionObserver | null = null;
  #dispose: (() => void) | null = null;
  #started = false;
  sfTest: Record<string, unknown> | null = null;

  connectedCallback() {
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          performance.mark(`${this.id || 'campus'}:near-viewport`);
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
    const raw = this.querySelector('script[data-campus-payload]')?.textContent;
    if (!raw) return;
    const payload = JSON.parse(raw) as CampusPayload;
    this.dataset.mode = 'loading';
    try {
      const controller = import('./campus-controller');
      const surface = createGlSurface();
      const [{ mountCampus }, view] = await Promise.all([
        controller,
        surface ? import('./campus-view') : Promise.resolve(null),
      ]);
      if (!this.isConnected) return;
      const { campusCompute, POWER_MAX_MW } = await import('./campus-model');
      const capacity = { racks: campusCompute(POWER_MAX_MW).racks };
      const mounted = mountCampus(
        this,
        payload,
        view && surface ? (stage, onLost) => view.createCampusView(stage, surface, capacity, onLost) : null,
      );
      this.#dispose = mounted.dispose;
      const stage = this.querySelector('[data-stage]') as (HTMLElement & { sfLastMemory?: object }) | null;
      this.sfTest = {
        debug: () => mounted.debug(),
        setPowerMw: (mw: number) => mounted.setPowerMw(mw),
        view: mounted.view,
        teardown: () => {
          this.#dispose?.();
          this.#dispose = null;
          return stage?.sfLastMemory ?? null;
        },
      };
    } catch (error) {
      this.dataset.mode = 'static';
      console.warn('sf-campus: could not start', error);
    }
  }
}

if (!customElements.get('sf-campus')) customElements.define('sf-campus', SfCampus);
