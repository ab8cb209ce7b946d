/** <sf-campus>: the floor plan is on the page already; WebGL (or the live plan) loads near the viewport. */
import { defineLazyIsland } from '../../lazy-island';
import { createGlSurface } from '../webgl-support';
import type { CampusPayload } from './campus-controller';

defineLazyIsland('sf-campus', {
  startWhen: () => 'near',

  async load(el) {
    const raw = el.querySelector('script[data-campus-payload]')?.textContent;
    if (!raw) return null;
    const payload = JSON.parse(raw) as CampusPayload;
    el.dataset.mode = 'loading';
    const surface = createGlSurface();
    const [{ mountCampus }, view, { campusCompute, POWER_MAX_MW }] = await Promise.all([
      import('./campus-controller'),
      surface ? import('./campus-view') : Promise.resolve(null),
      import('./campus-model'),
    ]);
    // Instance buffers are sized once, for the most racks the slider allows.
    const capacity = { racks: campusCompute(POWER_MAX_MW).racks };
    return (host) => {
      const mounted = mountCampus(
        host,
        payload,
        view && surface ? (stage, onLost) => view.createCampusView(stage, surface, capacity, onLost) : null,
      );
      const stage = host.querySelector<HTMLElement & { sfLastMemory?: object }>('[data-stage]');
      return {
        dispose: mounted.dispose,
        leftAfterDispose: () => stage?.sfLastMemory ?? null,
        test: { debug: () => mounted.debug(), setPowerMw: (mw: number) => mounted.setPowerMw(mw), view: mounted.view },
      };
    };
  },

  onError(el, error) {
    el.dataset.mode = 'static';
    console.warn('sf-campus: could not start', error);
  },
});
