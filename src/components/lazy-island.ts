/**
 * One lazy island for every interactive figure (<sf-globe>, <sf-campus>, <sf-widget>): the
 * server-rendered figure is already on the page; this custom element waits for its moment, loads
 * the figure's code by dynamic import (so three.js is never in a page's initial load), mounts it,
 * and disposes it when the element leaves the page. `client:*` directives only hydrate framework
 * components, so a plain custom element does the job they would do.
 */

/**
 * `now`: at once (the URL carries this figure's state: the reader came to see it).
 * `near`: as it comes within a few hundred px of the viewport (the figure is the page).
 * `interaction`: only when the reader interacts with the figure itself: a mouse or pen press on
 * it, focus in it, a tap on it. A swipe or a wheel that scrolls past it is not one, nor a pointer
 * that the scroll carries over it (a heavy figure, the 3D globe, costs a reader who reads past it nothing).
 */
export type StartWhen = 'now' | 'near' | 'interaction';

export interface Island {
  dispose(): void;
  /** Hooks the browser tests call (`el.sfTest`). */
  test?: Record<string, unknown>;
  /** What a test reads after dispose, such as the GPU memory left. */
  leftAfterDispose?(): unknown;
}

export type Mount = (el: HTMLElement) => Island;

export interface IslandSpec {
  startWhen(el: HTMLElement): StartWhen;
  /** Loads the figure's code; resolves to its mount, or null when there is nothing to mount. */
  load(el: HTMLElement): Promise<Mount | null>;
  /** The code could not load or mount (offline, blocked): the static figure stays; say so. */
  onError(el: HTMLElement, error: unknown): void;
  /** The element waits (for `when`): show how to start it, when that takes the reader. */
  waiting?(el: HTMLElement, when: StartWhen): void;
  /** What `interaction` listens on (default the element): the drawing, not the tables under it. */
  interactionTarget?(el: HTMLElement): HTMLElement | null;
}

export const NEAR_VIEWPORT = '400px 0px';

/** A shared link with this figure's state in it (`<prefix>.<key>=`). */
export function hasUrlState(prefix: string, search = window.location.search): boolean {
  return Array.from(new URLSearchParams(search).keys()).some((k) => k.startsWith(`${prefix}.`));
}

/** Calls `begin` once the element nears the viewport; returns the way to stop waiting. */
function waitUntilNear(el: HTMLElement, begin: () => void): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    begin();
    return () => {};
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((e) => e.isIntersecting)) begin();
    },
    { rootMargin: NEAR_VIEWPORT },
  );
  observer.observe(el);
  return () => observer.disconnect();
}

/** Calls `begin` on the reader's first interaction with the element itself (see `interaction`). */
function waitForInteraction(el: HTMLElement, begin: () => void): () => void {
  // A touch press may be the start of a scroll: only its tap (click) counts. A mouse press counts at once.
  const onPointer = (e: PointerEvent) => {
    if (e.pointerType !== 'touch') begin();
  };
  el.addEventListener('pointerdown', onPointer, { passive: true });
  el.addEventListener('focusin', begin);
  el.addEventListener('click', begin);
  return () => {
    el.removeEventListener('pointerdown', onPointer);
    el.removeEventListener('focusin', begin);
    el.removeEventListener('click', begin);
  };
}

const WAITS = { near: waitUntilNear, interaction: waitForInteraction } as const;

export function defineLazyIsland(tag: string, spec: IslandSpec): void {
  if (customElements.get(tag)) return;
  // A strictly sandboxed frame (sandbox="allow-scripts" alone) has the origin "null": Web Workers and
  // storage throw there, so the build-time figure and its table stay rather than a half-started island.
  if ((globalThis as { origin?: string }).origin === 'null') return;

  class LazyIsland extends HTMLElement {
    #stopWaiting: (() => void) | null = null;
    #island: Island | null = null;
    #started = false;
    sfTest: Record<string, unknown> | null = null;

    connectedCallback() {
      const when = spec.startWhen(this);
      if (when === 'now') void this.#start();
      else {
        const target = when === 'interaction' ? (spec.interactionTarget?.(this) ?? this) : this;
        this.#stopWaiting = WAITS[when](target, () => this.#begin());
        spec.waiting?.(this, when);
      }
    }

    disconnectedCallback() {
      this.#stopWaiting?.();
      this.#stopWaiting = null;
      this.#teardown();
      this.#started = false;
    }

    #begin() {
      performance.mark(`${this.id || tag}:near-viewport`);
      this.#stopWaiting?.();
      this.#stopWaiting = null;
      void this.#start();
    }

    #teardown(): unknown {
      const island = this.#island;
      this.#island = null;
      island?.dispose();
      return island?.leftAfterDispose?.() ?? null;
    }

    async #start() {
      if (this.#started) return;
      this.#started = true;
      try {
        const mount = await spec.load(this);
        // The reader may have left (or the element moved) while the code loaded.
        if (!mount || !this.isConnected) return;
        const island = mount(this);
        this.#island = island;
        this.sfTest = {
          ...island.test,
          teardown: () => this.#teardown(),
          remount: async () => {
            this.#teardown();
            this.#started = false;
            await this.#start();
          },
        };
      } catch (error) {
        spec.onError(this, error);
      }
    }
  }

  customElements.define(tag, LazyIsland);
}
