/**
 * The campus widget: the power slider (clamped to the engine's bounds, kept in the URL), the
 * readouts from siteCompute, camera input, and either the WebGL campus or the SVG floor plan.
 */

import { campusLayout } from '../../../figures/globe/campus/layout';
import { campusReadouts } from '../../../figures/globe/campus/readouts';
import type { StateOf } from '../../../lib/url-state';
import { readUrlState, showNotices, writeUrlState } from '../../../lib/url-state/browser';
import { createListeners } from '../controller/listeners';
import { TAP_SLOP_PX, touchEngagement } from '../touch-engage';
import { campusCompute, campusStateSpec, POWER_MAX_MW, POWER_MIN_MW } from './campus-model';
import type { CampusCamera, CampusView } from './campus-view';
import { planShapes } from './plan';

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface CampusPayload {
  viewId: string;
  defaultMw: number;
}

export interface MountedCampus {
  dispose(): void;
  debug(): Record<string, number>;
  setPowerMw(mw: number): void;
  view: CampusView | null;
}

function drawPlan(svg: SVGSVGElement, racks: number) {
  const plan = planShapes(campusLayout(racks));
  svg.setAttribute('viewBox', plan.viewBox);
  const g = (cls: string) => {
    const el = document.createElementNS(SVG_NS, 'g');
    el.setAttribute('class', cls);
    return el;
  };
  const rect = (r: { x: number; y: number; w: number; h: number }) => {
    const el = document.createElementNS(SVG_NS, 'rect');
    el.setAttribute('x', String(r.x));
    el.setAttribute('y', String(r.y));
    el.setAttribute('width', String(r.w));
    el.setAttribute('height', String(r.h));
    return el;
  };
  const halls = g('plan-halls');
  halls.append(...plan.halls.map(rect));
  const rows = g('plan-rows');
  rows.append(...plan.rows.map(rect));
  const feeders = g('plan-feeders');
  feeders.append(
    ...plan.feeders.map((points) => {
      const el = document.createElementNS(SVG_NS, 'polyline');
      el.setAttribute('points', points);
      return el;
    }),
  );
  const sub = g('plan-substation');
  sub.append(rect(plan.substation));
  svg.replaceChildren(feeders, halls, rows, sub);
}

export function mountCampus(
  host: HTMLElement,
  payload: CampusPayload,
  createView: ((stage: HTMLElement, onLost: (lost: boolean) => void) => CampusView) | null,
): MountedCampus {
  const spec = campusStateSpec(payload.viewId, payload.defaultMw);
  const parsed = readUrlState(spec);
  const state: StateOf<typeof spec.fields> = parsed.state;
  const stage = host.querySelector('[data-stage]') as HTMLElement;
  const plan = host.querySelector<SVGSVGElement>('[data-plan]');
  const slider = host.querySelector<HTMLInputElement>('[data-power]');
  const output = host.querySelector<HTMLOutputElement>('[data-power-out]');
  const noticeHost = host.querySelector<HTMLElement>('[data-notices]');
  const status = host.querySelector<HTMLElement>('[data-status]');
  if (noticeHost) showNotices(noticeHost, parsed.notices);

  const view = createView
    ? createView(stage, (lost) => {
        if (plan) plan.style.visibility = lost ? 'visible' : 'hidden';
        host.dataset.mode = lost ? 'lost' : '3d';
        if (status) {
          status.hidden = !lost;
          status.textContent = lost ? 'The 3D view lost its graphics context; showing the floor plan.' : '';
        }
      })
    : null;
  host.dataset.mode = view ? '3d' : 'plan';
  if (plan && view) plan.style.visibility = 'hidden';

  let cam: CampusCamera = { azimuth: 0.7, elevation: 0.6, zoom: 1 };
  let urlTimer = 0;
  const update = () => {
    const c = campusCompute(state.mw);
    const text = campusReadouts(c);
    for (const [k, v] of Object.entries(text)) {
      const slot = host.querySelector(`[data-r="${k}"]`);
      if (slot) slot.textContent = v;
    }
    if (output) output.textContent = `${state.mw} MW`;
    if (view) view.setLayout(campusLayout(c.racks));
    else if (plan) drawPlan(plan, c.racks);
    window.clearTimeout(urlTimer);
    urlTimer = window.setTimeout(() => writeUrlState(spec, state), 200);
  };
  const setPowerMw = (mw: number) => {
    state.mw = spec.fields.mw.normalize(mw);
    if (slider) slider.value = String(state.mw);
    update();
  };
  const listeners = createListeners();
  listeners.later(() => window.clearTimeout(urlTimer));
  if (slider) {
    slider.min = String(POWER_MIN_MW);
    slider.max = String(POWER_MAX_MW);
    slider.value = String(state.mw);
    slider.disabled = false;
    listeners.on(slider, 'input', () => setPowerMw(Number(slider.value)));
  }

  // Camera: drag to orbit, wheel to zoom, arrows and +/- from the keyboard.
  const pointers = new Map<number, { x: number; y: number }>();
  const clampCam = (c: CampusCamera): CampusCamera => ({
    azimuth: c.azimuth,
    elevation: Math.max(0.15, Math.min(1.5, c.elevation)),
    zoom: Math.max(0.5, Math.min(20, c.zoom)),
  });
  const setCam = (c: CampusCamera) => {
    cam = clampCam(c);
    view?.render(cam);
  };
  let moved = 0;
  const onDown = (e: PointerEvent) => {
    stage.setPointerCapture?.(e.pointerId);
    pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    moved = 0;
  };
  const onMove = (e: PointerEvent) => {
    const p = pointers.get(e.pointerId);
    if (!p) return;
    pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    moved += Math.abs(e.clientX - p.x) + Math.abs(e.clientY - p.y);
    setCam({
      ...cam,
      azimuth: cam.azimuth - (e.clientX - p.x) * 0.008,
      elevation: cam.elevation + (e.clientY - p.y) * 0.008,
    });
  };
  const onUp = (e: PointerEvent) => {
    const wasDown = pointers.delete(e.pointerId);
    if (wasDown && e.type === 'pointerup' && moved < TAP_SLOP_PX) touch?.tapped(e);
  };
  const onWheel = (e: WheelEvent) => {
    e.preventDefault();
    setCam({ ...cam, zoom: cam.zoom * Math.exp(-e.deltaY * 0.0015) });
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.target !== stage) return;
    const moves: Record<string, Partial<CampusCamera>> = {
      ArrowLeft: { azimuth: cam.azimuth - 0.15 },
      ArrowRight: { azimuth: cam.azimuth + 0.15 },
      ArrowUp: { elevation: cam.elevation + 0.1 },
      ArrowDown: { elevation: cam.elevation - 0.1 },
      '+': { zoom: cam.zoom * 1.25 },
      '=': { zoom: cam.zoom * 1.25 },
      '-': { zoom: cam.zoom / 1.25 },
    };
    const move = Object.hasOwn(moves, e.key) ? moves[e.key] : undefined;
    if (!move) return;
    e.preventDefault();
    setCam({ ...cam, ...move });
  };
  // On a touch screen the page scrolls past the campus until a tap engages it (touch-engage.ts).
  const touch = view ? touchEngagement(stage, listeners) : null;
  if (view) {
    listeners.on(stage, 'pointerdown', onDown);
    listeners.on(stage, 'pointermove', onMove);
    listeners.on(stage, 'pointerup', onUp);
    listeners.on(stage, 'pointercancel', onUp);
    listeners.on(stage, 'wheel', onWheel, { passive: false });
    listeners.on(stage, 'keydown', onKey);
  }
  const themeObserver = new MutationObserver(() => view?.restyle());
  themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  listeners.later(() => themeObserver.disconnect());

  update();
  view?.render(cam);

  return {
    view,
    setPowerMw,
    debug: () => view?.debug() ?? {},
    dispose() {
      listeners.dispose();
      view?.dispose();
      if (plan) plan.style.visibility = '';
      host.dataset.mode = 'static';
    },
  };
}
