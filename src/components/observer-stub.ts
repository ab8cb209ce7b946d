/**
 * For unit tests in Node: a ResizeObserver or IntersectionObserver the test drives. Each observer's
 * callback sits in `callbacks` from `observe()` to `disconnect()`; the test calls them when it
 * wants the browser to have noticed something.
 */
import { vi } from 'vitest';

export function stubObserver<Cb extends (...args: never[]) => void>(
  name: 'ResizeObserver' | 'IntersectionObserver',
  callbacks: Set<Cb>,
): void {
  vi.stubGlobal(
    name,
    class {
      #cb: Cb;
      constructor(cb: Cb) {
        this.#cb = cb;
      }
      observe() {
        callbacks.add(this.#cb);
      }
      disconnect() {
        callbacks.delete(this.#cb);
      }
    },
  );
}
