/** The globe's camera: clamped moves, and the fly-to that reduced motion turns into a jump. */
import { ZOOM_MAX, ZOOM_MIN } from '../globe-state';
import type { Camera, StageView } from '../stage-view';

const FLY_MS = 900;
const MAX_LAT_DEG = 85;

export function wrapLon(lon: number): number {
  return ((((lon + 180) % 360) + 360) % 360) - 180;
}

export function clampCamera(c: Camera): Camera {
  return {
    lat: Math.max(-MAX_LAT_DEG, Math.min(MAX_LAT_DEG, c.lat)),
    lon: wrapLon(c.lon),
    zoom: Math.max(ZOOM_MIN, Math.min(ZOOM_MAX, c.zoom)),
  };
}

/** Ease in and out, so a flight neither jolts off nor stops dead. */
export function easeInOut(t: number): number {
  return t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
}

export interface CameraRig {
  get(): Camera;
  /** Move now (drag, keys, wheel): cancels any flight under way. */
  set(c: Camera): void;
  flyTo(target: Camera): void;
  stopFlight(): void;
  setReducedMotion(reduce: boolean): void;
  dispose(): void;
}

export function createCameraRig(
  view: Pick<StageView, 'render'>,
  initial: Camera,
  options: { reducedMotion: boolean; onChange(c: Camera): void },
): CameraRig {
  let cam = clampCamera(initial);
  let reducedMotion = options.reducedMotion;
  let flight = 0;

  const apply = (c: Camera) => {
    cam = clampCamera(c);
    view.render(cam);
    options.onChange(cam);
  };
  const stopFlight = () => {
    cancelAnimationFrame(flight);
    flight = 0;
  };

  return {
    get: () => cam,
    set(c) {
      stopFlight();
      apply(c);
    },
    flyTo(target) {
      stopFlight();
      if (reducedMotion) {
        apply(target);
        return;
      }
      const from = { ...cam };
      // The short way round, across the antimeridian if need be.
      const dLon = wrapLon(target.lon - from.lon);
      const t0 = performance.now();
      const step = (now: number) => {
        const t = Math.min(1, (now - t0) / FLY_MS);
        const e = easeInOut(t);
        apply({
          lat: from.lat + (target.lat - from.lat) * e,
          lon: from.lon + dLon * e,
          zoom: from.zoom + (target.zoom - from.zoom) * e,
        });
        flight = t < 1 ? requestAnimationFrame(step) : 0;
      };
      flight = requestAnimationFrame(step);
    },
    stopFlight,
    setReducedMotion(reduce) {
      reducedMotion = reduce;
    },
    dispose: stopFlight,
  };
}
