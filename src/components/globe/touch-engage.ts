/**
 * On a touch screen a 3D stage must not trap the page (a known complaint about globe widgets): at
 * rest a vertical swipe scrolls the page and a sideways drag turns the view (touch-action: pan-y in
 * the CSS); a tap engages the stage (`is-engaged`, touch-action: none) for free dragging and
 * pinching, until the reader touches anywhere else.
 */
import type { Listeners } from './controller/listeners';

/** Under this many px of movement a press is a tap, not a drag. */
export const TAP_SLOP_PX = 5;

export interface TouchEngagement {
  /** A tap (a press that hardly moved) on the stage: a touch one engages it. */
  tapped(e: PointerEvent): void;
}

export function touchEngagement(stage: HTMLElement, listeners: Listeners): TouchEngagement {
  const engage = (on: boolean) => stage.classList.toggle('is-engaged', on);
  listeners.on(
    document,
    'pointerdown',
    (e) => {
      if (!stage.contains(e.target as Node)) engage(false);
    },
    { capture: true, passive: true },
  );
  listeners.later(() => engage(false));
  return {
    tapped(e) {
      if (e.pointerType === 'touch') engage(true);
    },
  };
}
