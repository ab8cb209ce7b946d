/**
 * Pointer, wheel and keyboard on the stage: drag turns the globe, pinch and wheel zoom, arrows and
 * + / − do both from the keyboard, and a tap (a press that hardly moved) is handed on; on a touch
 * screen a tap also engages the globe (../touch-engage.ts), which until then lets the page scroll.
 */
import type { Camera, StageView } from '../stage-view';
import { TAP_SLOP_PX, touchEngagement } from '../touch-engage';
import type { CameraRig } from './camera';
import { createListeners } from './listeners';

const KEY_STEP_DEG = 5;
const KEY_ZOOM = 1.25;
const WHEEL_ZOOM_PER_PX = 0.0015;

interface Point {
  x: number;
  y: number;
}

/** The camera a key asks for, or null for a key the globe does not use. */
export function keyMove(key: string, cam: Camera): Camera | null {
  const step = KEY_STEP_DEG / Math.sqrt(cam.zoom);
  const moves: Record<string, Partial<Camera>> = {
    ArrowLeft: { lon: cam.lon - step },
    ArrowRight: { lon: cam.lon + step },
    ArrowUp: { lat: cam.lat + step },
    ArrowDown: { lat: cam.lat - step },
    '+': { zoom: cam.zoom * KEY_ZOOM },
    '=': { zoom: cam.zoom * KEY_ZOOM },
    '-': { zoom: cam.zoom / KEY_ZOOM },
    _: { zoom: cam.zoom / KEY_ZOOM },
  };
  const move = Object.hasOwn(moves, key) ? moves[key] : undefined;
  return move ? { ...cam, ...move } : null;
}

export interface InputOptions {
  stage: HTMLElement;
  view: Pick<StageView, 'pxPerRadian'>;
  camera: CameraRig;
  /** A tap at stage px (x, y). */
  onTap(at: Point): void;
}

export function bindInput({ stage, view, camera, onTap }: InputOptions): () => void {
  const listeners = createListeners();
  const pointers = new Map<number, Point>();
  let moved = 0;
  let pinchStart: { dist: number; zoom: number } | null = null;

  const local = (e: PointerEvent | WheelEvent): Point => {
    const r = stage.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };
  const spread = () => {
    const [a, b] = [...pointers.values()] as [Point, Point];
    return Math.hypot(a.x - b.x, a.y - b.y);
  };

  listeners.on(stage, 'pointerdown', (e) => {
    if ((e.target as Element).closest('button')) return;
    stage.setPointerCapture?.(e.pointerId);
    pointers.set(e.pointerId, local(e));
    moved = 0;
    camera.stopFlight();
    if (pointers.size === 2) pinchStart = { dist: spread(), zoom: camera.get().zoom };
  });
  listeners.on(stage, 'pointermove', (e) => {
    const prev = pointers.get(e.pointerId);
    if (!prev) return;
    const now = local(e);
    pointers.set(e.pointerId, now);
    const cam = camera.get();
    if (pointers.size === 2 && pinchStart) {
      if (pinchStart.dist > 0) camera.set({ ...cam, zoom: pinchStart.zoom * (spread() / pinchStart.dist) });
      moved += 2 * TAP_SLOP_PX;
      return;
    }
    const dx = now.x - prev.x;
    const dy = now.y - prev.y;
    moved += Math.abs(dx) + Math.abs(dy);
    const degPerPx = 180 / Math.PI / view.pxPerRadian();
    camera.set({ lat: cam.lat + dy * degPerPx, lon: cam.lon - dx * degPerPx, zoom: cam.zoom });
  });
  const touch = touchEngagement(stage, listeners);
  const end = (e: PointerEvent) => {
    const p = pointers.get(e.pointerId);
    pointers.delete(e.pointerId);
    if (pointers.size < 2) pinchStart = null;
    if (!p || e.type !== 'pointerup' || moved >= TAP_SLOP_PX) return;
    touch.tapped(e);
    onTap(p);
  };
  listeners.on(stage, 'pointerup', end);
  listeners.on(stage, 'pointercancel', end);
  listeners.on(
    stage,
    'wheel',
    (e) => {
      e.preventDefault();
      const cam = camera.get();
      camera.set({ ...cam, zoom: cam.zoom * Math.exp(-e.deltaY * WHEEL_ZOOM_PER_PX) });
    },
    { passive: false },
  );
  listeners.on(stage, 'keydown', (e) => {
    if (e.target !== stage) return;
    const next = keyMove(e.key, camera.get());
    if (!next) return;
    e.preventDefault();
    camera.set(next);
  });

  return listeners.dispose;
}
