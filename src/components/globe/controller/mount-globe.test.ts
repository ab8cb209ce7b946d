import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { GlobePayload } from '../../../figures/globe/payload';
import type { CreateView, StageView } from '../stage-view';
import { mountCards } from './cards';
import { mountGlobe } from './mount-globe';

const payload: GlobePayload = {
  viewId: 'globe',
  center: { lat: 38, lon: -90 },
  zoom: 1.2,
  sites: [
    { id: 'wis', name: 'Wisconsin site', shortName: 'Wisconsin', role: 'superfactory', lat: 42.7, lon: -87.9 },
    { id: 'atl', name: 'Atlanta site', shortName: 'Atlanta', role: 'superfactory', lat: 33.7, lon: -84.4 },
    { id: 'cmp', name: 'Comparison site', shortName: 'Other', role: 'comparison', lat: 35.1, lon: -90 },
  ],
  links: [{ id: 'wis-atl', name: 'Wisconsin to Atlanta', from: 'wis', to: 'atl', routeFactor: null }],
};

const card = (id: string) =>
  `<section data-card="${id}" hidden tabindex="-1"><button type="button" data-card-close>×</button></section>`;
const HTML = `<html><body><sf-globe id="globe">
  <div data-stage tabindex="0"><svg data-static></svg><div data-overlay></div><p data-status hidden></p></div>
  <div data-notices hidden></div>
  <dl data-link-readout="wis-atl"><dd data-f="km"></dd><dd data-f="oneWay"></dd></dl>
  <p data-pulse-clock></p>
  <div data-controls hidden><select data-slowdown></select><button type="button" data-sandbox-toggle></button></div>
  ${payload.sites.map((s) => card(s.id)).join('')}
</sf-globe></body></html>`;

/** Listeners alive on the given targets (or their instances), counted through their own add/remove, not our registry. */
function countListeners(targets: object[]) {
  const live = new Set<string>();
  const ids = new WeakMap<object, number>();
  let next = 0;
  const idOf = (o: object) => {
    if (!ids.has(o)) ids.set(o, next++);
    return ids.get(o);
  };
  const keyOf = (target: object, type: string, fn: object, options?: boolean | AddEventListenerOptions) =>
    `${idOf(target)}:${type}:${idOf(fn)}:${typeof options === 'boolean' ? options : Boolean(options?.capture)}`;
  for (const target of targets) {
    const p = target as EventTarget;
    const add = p.addEventListener;
    const remove = p.removeEventListener;
    vi.spyOn(p, 'addEventListener').mockImplementation(function (this: EventTarget, type, fn, options) {
      if (fn) live.add(keyOf(this, type, fn, options));
      add.call(this, type, fn, options);
    });
    vi.spyOn(p, 'removeEventListener').mockImplementation(function (this: EventTarget, type, fn, options) {
      if (fn) live.delete(keyOf(this, type, fn, options));
      remove.call(this, type, fn, options);
    });
  }
  return () => live.size;
}

function fakeView(): StageView {
  return {
    kind: 'map',
    render: vi.fn(),
    project: (p) => ({ x: p.lon, y: p.lat, visible: true }),
    pick: () => ({ lat: 10, lon: 20 }),
    pxPerRadian: () => 300,
    setSandbox: vi.fn(),
    setSlowdown: vi.fn(),
    setReducedMotion: vi.fn(),
    onFrame: vi.fn(),
    restyle: vi.fn(),
    dispose: vi.fn(),
  };
}

function setUp() {
  const dom = parseHTML(HTML);
  const motion = Object.assign(new EventTarget(), { matches: false });
  const elementProto: { matches(selector: string): boolean } = Object.getPrototypeOf(
    Object.getPrototypeOf(dom.document.body),
  );
  // linkedom has no :focus-visible; a focus that came from a click is not a visible focus.
  const matches = elementProto.matches;
  vi.spyOn(elementProto, 'matches').mockImplementation(function (this: Element, selector) {
    return selector === ':focus-visible' ? false : matches.call(this, selector);
  });
  vi.useFakeTimers();
  vi.stubGlobal('document', dom.document);
  vi.stubGlobal('window', {
    location: { search: '', pathname: '/explore/globe/', hash: '' },
    history: { state: null, replaceState: vi.fn() },
    matchMedia: () => motion,
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clearTimeout: (id: ReturnType<typeof setTimeout>) => clearTimeout(id),
  });
  vi.stubGlobal('requestAnimationFrame', () => 1);
  vi.stubGlobal('cancelAnimationFrame', () => {});
  vi.stubGlobal(
    'MutationObserver',
    class {
      observe() {}
      disconnect() {}
    },
  );
  const liveListeners = countListeners([Object.getPrototypeOf(elementProto), motion]);
  const host = dom.document.querySelector('sf-globe') as unknown as HTMLElement;
  return { host, liveListeners };
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('mounting the globe room', () => {
  let env: ReturnType<typeof setUp>;
  beforeEach(() => {
    env = setUp();
  });

  it('adds no listener per remount: every module removes what it added', () => {
    const createView: CreateView = () => fakeView();
    const first = mountGlobe(env.host, payload, createView, null);
    const afterOneMount = env.liveListeners();
    expect(afterOneMount).toBeGreaterThan(0);
    first.dispose();
    expect(env.liveListeners()).toBe(0);
    for (let i = 0; i < 3; i++) mountGlobe(env.host, payload, createView, null).dispose();
    const last = mountGlobe(env.host, payload, createView, null);
    expect(env.liveListeners()).toBe(afterOneMount);
    last.dispose();
    expect(env.liveListeners()).toBe(0);
  });

  it('after remounts one click on a card close closes it once and leaves one set of site buttons', () => {
    const createView: CreateView = () => fakeView();
    for (let i = 0; i < 3; i++) mountGlobe(env.host, payload, createView, null).dispose();
    const mounted = mountGlobe(env.host, payload, createView, null);
    const button = env.host.querySelector<HTMLElement>('[data-site-button="atl"]');
    button?.click();
    const atl = env.host.querySelector<HTMLElement>('[data-card="atl"]');
    expect(atl?.hidden).toBe(false);
    expect(env.host.querySelectorAll('[data-site-button]')).toHaveLength(payload.sites.length);
    atl?.querySelector<HTMLElement>('[data-card-close]')?.click();
    expect(atl?.hidden).toBe(true);
    mounted.dispose();
    expect(env.host.querySelectorAll('[data-site-button]')).toHaveLength(0);
  });
});

describe('touch on the globe', () => {
  it('a tap engages the globe for free dragging; a touch elsewhere lets the page scroll again', () => {
    const { host } = setUp();
    const mounted = mountGlobe(host, payload, () => fakeView(), null);
    const stage = host.querySelector('[data-stage]') as HTMLElement;
    Object.assign(stage, { getBoundingClientRect: () => ({ left: 0, top: 0, width: 400, height: 300 }) });
    const pointer = (target: EventTarget, type: string, x: number) => {
      const Event = (host.ownerDocument.defaultView as unknown as typeof globalThis).Event;
      const e = Object.assign(new Event(type, { bubbles: true }), {
        pointerId: 1,
        pointerType: 'touch',
        clientX: x,
        clientY: 100,
      });
      target.dispatchEvent(e);
    };
    // A sideways drag turns the globe but does not engage it.
    pointer(stage, 'pointerdown', 100);
    pointer(stage, 'pointermove', 160);
    pointer(stage, 'pointerup', 160);
    expect(stage.classList.contains('is-engaged')).toBe(false);
    pointer(stage, 'pointerdown', 100);
    pointer(stage, 'pointerup', 101);
    expect(stage.classList.contains('is-engaged')).toBe(true);
    pointer(host.ownerDocument.body, 'pointerdown', 5);
    expect(stage.classList.contains('is-engaged')).toBe(false);
    pointer(stage, 'pointerdown', 100);
    pointer(stage, 'pointerup', 100);
    mounted.dispose();
    expect(stage.classList.contains('is-engaged')).toBe(false);
  });
});

describe('cards', () => {
  it('tell the page once per close, however often they were mounted before', () => {
    const { host } = setUp();
    for (let i = 0; i < 4; i++) mountCards(host, { onChange: () => {}, siteButton: () => undefined }).dispose();
    const onChange = vi.fn();
    const cards = mountCards(host, { onChange, siteButton: () => undefined });
    cards.open('wis', { focus: false });
    onChange.mockClear();
    host.querySelector<HTMLElement>('[data-card="wis"] [data-card-close]')?.click();
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith(null);
    expect(cards.openId).toBeNull();
  });

  it('close on Escape and hand focus back to the site button', () => {
    const { host } = setUp();
    const siteButton = { focus: vi.fn() } as unknown as HTMLElement;
    const cards = mountCards(host, { onChange: () => {}, siteButton: (id) => (id === 'cmp' ? siteButton : undefined) });
    cards.open('cmp', { focus: false });
    const escapeKey = new (host.ownerDocument.defaultView as unknown as typeof globalThis).Event('keydown');
    Object.assign(escapeKey, { key: 'Escape' });
    host.dispatchEvent(escapeKey);
    expect(host.querySelector<HTMLElement>('[data-card="cmp"]')?.hidden).toBe(true);
    expect(siteButton.focus).toHaveBeenCalledWith({ preventScroll: true });
    cards.dispose();
  });
});
