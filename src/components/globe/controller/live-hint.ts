/**
 * The globe starts on the reader's first interaction (../globe-element.ts): until then an "Explore in
 * 3D" button sits on the picture; once the view runs, the button goes and a small label says the
 * view is live, so the reader knows the picture now answers a drag.
 */

const LIVE_TEXT = { '3d': 'Live 3D globe', map: 'Live map (no WebGL here)' } as const;

/** Marks the figure live; returns the way back to the picture's state. */
export function markLive(host: HTMLElement, stage: HTMLElement, kind: '3d' | 'map'): () => void {
  const start = host.querySelector<HTMLButtonElement>('[data-start]');
  const live = host.querySelector<HTMLElement>('[data-live]');
  if (start) {
    // The button the reader pressed or tabbed to is about to go: keep their place on the stage.
    if (document.activeElement === start) stage.focus({ preventScroll: true });
    start.hidden = true;
  }
  if (live) {
    live.textContent = LIVE_TEXT[kind];
    live.hidden = false;
  }
  // The button is not brought back: after a teardown nothing waits for it (a reconnect shows it anew).
  return () => {
    if (live) live.hidden = true;
  };
}
