import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineLazyIsland, hasUrlState, type IslandSpec } from './lazy-island';
import { stubObserver } from './observer-stub';

type IslandElement = HTMLElement & {
  connectedCallback(): void;
  disconnectedCallback(): void;
  sfTest: Record<string, () => unknown> | null;
};

/** Just enough browser for a custom element: a registry, an observer the test drives, a window. */
function fakeBrowser() {
  const registry = new Map<string, new () => IslandElement>();
  const observed = new Set<(entries: { isIntersecting: boolean }[]) => void>();
  const win = Object.assign(new EventTarget(), { location: { search: '' } });
  vi.stubGlobal('window', win);
  vi.stubGlobal(
    'HTMLElement',
    class extends EventTarget {
      id = '';
      dataset: Record<string, string> = {};
      isConnected = true;
    },
  );
  vi.stubGlobal('customElements', {
    get: (tag: string) => registry.get(tag),
    define: (tag: string, ctor: new () => IslandElement) => registry.set(tag, ctor),
  });
  stubObserver('IntersectionObserver', observed);
  return {
    win,
    create(tag: string): IslandElement {
      const Ctor = registry.get(tag);
      if (!Ctor) throw new Error(`${tag} is not defined`);
      return new Ctor();
    },
    scrollNear(isIntersecting = true) {
      for (const cb of [...observed]) cb([{ isIntersecting }]);
    },
    get observers() {
      return observed.size;
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function spec(startWhen: IslandSpec['startWhen']) {
  const dispose = vi.fn();
  const mount = vi.fn(() => ({ dispose, test: { hello: () => 'hi' }, leftAfterDispose: () => ({ geometries: 0 }) }));
  const load = vi.fn(async () => mount);
  const onError = vi.fn();
  return { startWhen, load, onError, mount, dispose };
}

let browser: ReturnType<typeof fakeBrowser>;
let tagCount = 0;
const nextTag = () => `sf-test-${tagCount++}`;
beforeEach(() => {
  browser = fakeBrowser();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('lazy island', () => {
  it('stays the static figure in an opaque-origin frame (a strict sandbox), loading nothing', () => {
    vi.stubGlobal('origin', 'null');
    const s = spec(() => 'now');
    defineLazyIsland('x-opaque', s);
    expect(() => browser.create('x-opaque')).toThrow('not defined');
    expect(s.load).not.toHaveBeenCalled();
  });

  it('loads nothing until the figure nears the viewport, then mounts once', async () => {
    const tag = nextTag();
    const s = spec(() => 'near');
    defineLazyIsland(tag, s);
    const el = browser.create(tag);
    el.connectedCallback();
    await settle();
    expect(s.load).not.toHaveBeenCalled();
    browser.scrollNear();
    browser.scrollNear();
    await settle();
    expect(s.load).toHaveBeenCalledTimes(1);
    expect(s.mount).toHaveBeenCalledWith(el);
    expect(browser.observers).toBe(0);
    expect(el.sfTest?.hello?.()).toBe('hi');
  });

  it('in an article waits for the reader’s own interaction: not a scroll, nor a touch press that may be one', async () => {
    const tag = nextTag();
    const s = spec(() => 'interaction');
    const waiting = vi.fn();
    defineLazyIsland(tag, { ...s, waiting });
    const press = (type: string, pointerType: string) => Object.assign(new Event(type), { pointerType });
    const a = browser.create(tag);
    a.connectedCallback();
    expect(waiting).toHaveBeenCalledWith(a, 'interaction');
    browser.scrollNear();
    browser.win.dispatchEvent(new Event('scroll'));
    a.dispatchEvent(press('pointerdown', 'touch'));
    await settle();
    // Near the viewport, scrolled past, even touched in passing: a reader who only reads pays nothing.
    expect(s.load).not.toHaveBeenCalled();
    a.dispatchEvent(new Event('click'));
    await settle();
    expect(s.load).toHaveBeenCalledTimes(1);

    for (const event of [press('pointerdown', 'mouse'), new Event('focusin')]) {
      const b = browser.create(tag);
      b.connectedCallback();
      b.dispatchEvent(event);
    }
    await settle();
    expect(s.load).toHaveBeenCalledTimes(3);
  });

  it('stops waiting when it leaves the page before starting', async () => {
    const tag = nextTag();
    const s = spec(() => 'interaction');
    defineLazyIsland(tag, s);
    const el = browser.create(tag);
    const add = vi.spyOn(el, 'addEventListener');
    const remove = vi.spyOn(el, 'removeEventListener');
    el.connectedCallback();
    el.disconnectedCallback();
    expect(add.mock.calls.length).toBeGreaterThan(0);
    expect(remove).toHaveBeenCalledTimes(add.mock.calls.length);
    el.dispatchEvent(new Event('click'));
    el.dispatchEvent(new Event('focusin'));
    await settle();
    expect(s.load).not.toHaveBeenCalled();
  });

  it('starts at once when asked, and mounts nothing if the element left while its code loaded', async () => {
    const tag = nextTag();
    const s = spec(() => 'now');
    defineLazyIsland(tag, s);
    const el = browser.create(tag);
    el.connectedCallback();
    expect(s.load).toHaveBeenCalledTimes(1);
    Object.assign(el, { isConnected: false });
    await settle();
    expect(s.mount).not.toHaveBeenCalled();
  });

  it('disposes on disconnect, and a remount mounts afresh after disposing', async () => {
    const tag = nextTag();
    const s = spec(() => 'now');
    defineLazyIsland(tag, s);
    const el = browser.create(tag);
    el.connectedCallback();
    await settle();
    await el.sfTest?.remount?.();
    expect(s.dispose).toHaveBeenCalledTimes(1);
    expect(s.mount).toHaveBeenCalledTimes(2);
    expect(el.sfTest?.teardown?.()).toEqual({ geometries: 0 });
    expect(s.dispose).toHaveBeenCalledTimes(2);
    // Already torn down: leaving the page disposes nothing twice.
    el.disconnectedCallback();
    expect(s.dispose).toHaveBeenCalledTimes(2);
    el.connectedCallback();
    await settle();
    expect(s.mount).toHaveBeenCalledTimes(3);
    el.disconnectedCallback();
    expect(s.dispose).toHaveBeenCalledTimes(3);
  });

  it('hands a failed load to the figure, which keeps its static version', async () => {
    const tag = nextTag();
    const s = spec(() => 'now');
    const failure = new Error('chunk failed');
    s.load.mockRejectedValueOnce(failure);
    defineLazyIsland(tag, s);
    const el = browser.create(tag);
    el.connectedCallback();
    await settle();
    expect(s.onError).toHaveBeenCalledWith(el, failure);
    expect(s.mount).not.toHaveBeenCalled();
  });

  it('sees URL state only under its own prefix', () => {
    expect(hasUrlState('globe', '?v=1&globe.lat=10')).toBe(true);
    expect(hasUrlState('globe', '?v=1&globe2.lat=10&step.bw=1')).toBe(false);
  });
});
