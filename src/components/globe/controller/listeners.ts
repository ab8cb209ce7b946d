/**
 * Every listener a module adds goes through one registry, and the module's dispose removes them all:
 * a listener added beside the registry survives a remount, and each remount would add one more.
 */
type EventMap = HTMLElementEventMap & WindowEventMap;

export interface Listeners {
  on<K extends keyof EventMap>(
    target: EventTarget,
    type: K,
    fn: (e: EventMap[K]) => void,
    options?: AddEventListenerOptions,
  ): void;
  /** Any other teardown (a timer, an observer) to run with the listeners'. */
  later(cleanup: () => void): void;
  dispose(): void;
}

export function createListeners(): Listeners {
  const cleanups: (() => void)[] = [];
  return {
    on(target, type, fn, options) {
      target.addEventListener(type, fn as EventListener, options);
      cleanups.push(() => target.removeEventListener(type, fn as EventListener, options));
    },
    later(cleanup) {
      cleanups.push(cleanup);
    },
    dispose() {
      // Last in, first out: a module's later listeners may depend on its earlier ones.
      for (const cleanup of cleanups.splice(0).reverse()) cleanup();
    },
  };
}
