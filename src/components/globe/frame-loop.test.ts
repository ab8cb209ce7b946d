import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stubObserver } from '../observer-stub';
import { createFrameLoop, type FrameLoopOptions } from './frame-loop';

/** A hand-cranked browser: frames run when the test says so, observers fire when the test says so. */
function fakeBrowser() {
  let nextId = 1;
  const pending = new Map<number, FrameRequestCallback>();
  const resizeCallbacks = new Set<() => void>();
  const visibilityCallbacks = new Set<(entries: { isIntersecting: boolean }[]) => void>();
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => {
    const id = nextId++;
    pending.set(id, cb);
    return id;
  });
  vi.stubGlobal('cancelAnimationFrame', (id: number) => pending.delete(id));
  stubObserver('ResizeObserver', resizeCallbacks);
  stubObserver('IntersectionObserver', visibilityCallbacks);
  return {
    get pendingFrames() {
      return pending.size;
    },
    runFrames(now = 16) {
      const due = [...pending.values()];
      pending.clear();
      for (const cb of due) cb(now);
    },
    resize() {
      for (const cb of resizeCallbacks) cb();
    },
    setVisible(isIntersecting: boolean) {
      for (const cb of visibilityCallbacks) cb([{ isIntersecting }]);
    },
    get observers() {
      return resizeCallbacks.size + visibilityCallbacks.size;
    },
  };
}

const stage = (width: number, height: number) =>
  ({ getBoundingClientRect: () => ({ width, height }) }) as unknown as HTMLElement;

function options(overrides: Partial<FrameLoopOptions> = {}) {
  const draw = vi.fn((_now: number) => false);
  const resize = vi.fn();
  return { stage: stage(640.4, 479.6), draw, resize, ...overrides };
}

let browser: ReturnType<typeof fakeBrowser>;
beforeEach(() => {
  browser = fakeBrowser();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('frame loop', () => {
  it('draws once for many invalidations before a frame (render on demand)', () => {
    const o = options();
    const loop = createFrameLoop(o);
    loop.invalidate();
    loop.invalidate();
    loop.invalidate();
    expect(browser.pendingFrames).toBe(1);
    browser.runFrames();
    expect(o.draw).toHaveBeenCalledTimes(1);
    expect(loop.frames).toBe(1);
    // Nothing moves: no further frame is asked for.
    expect(browser.pendingFrames).toBe(0);
  });

  it('keeps drawing while the draw says something moves, and stops when it settles', () => {
    let moving = 3;
    const o = options({ draw: vi.fn(() => --moving > 0) });
    const loop = createFrameLoop(o);
    loop.invalidate();
    for (let i = 0; i < 5; i++) browser.runFrames();
    expect(o.draw).toHaveBeenCalledTimes(3);
    expect(browser.pendingFrames).toBe(0);
  });

  it('measures the stage on resize, in whole CSS px, and draws after', () => {
    const o = options();
    const loop = createFrameLoop(o);
    browser.resize();
    expect(o.resize).toHaveBeenCalledWith({ width: 640, height: 480 });
    expect(loop.size).toEqual({ width: 640, height: 480 });
    expect(browser.pendingFrames).toBe(1);
  });

  it('never measures a zero size (a hidden stage), which would divide by zero in the camera', () => {
    const o = options({ stage: stage(0, 0) });
    createFrameLoop(o);
    browser.resize();
    expect(o.resize).toHaveBeenCalledWith({ width: 1, height: 1 });
  });

  it('draws nothing offscreen and catches up when back on screen', () => {
    const o = options({ draw: vi.fn(() => true) });
    const loop = createFrameLoop(o);
    loop.invalidate();
    browser.setVisible(false);
    expect(browser.pendingFrames).toBe(0);
    loop.invalidate();
    browser.runFrames();
    expect(o.draw).not.toHaveBeenCalled();
    browser.setVisible(true);
    browser.runFrames();
    expect(o.draw).toHaveBeenCalledTimes(1);
  });

  it('stops on a lost GL context, says so, and redraws at the restored size', () => {
    const canvas = new EventTarget() as HTMLCanvasElement;
    const onContextLost = vi.fn();
    const o = options({ canvas, onContextLost, draw: vi.fn(() => true) });
    const loop = createFrameLoop(o);
    loop.invalidate();
    const lostEvent = new Event('webglcontextlost', { cancelable: true });
    canvas.dispatchEvent(lostEvent);
    // Without preventDefault the browser never offers the context back.
    expect(lostEvent.defaultPrevented).toBe(true);
    expect(onContextLost).toHaveBeenLastCalledWith(true);
    expect(loop.lost).toBe(true);
    expect(browser.pendingFrames).toBe(0);
    loop.invalidate();
    expect(browser.pendingFrames).toBe(0);
    canvas.dispatchEvent(new Event('webglcontextrestored'));
    expect(onContextLost).toHaveBeenLastCalledWith(false);
    expect(o.resize).toHaveBeenCalledTimes(1);
    browser.runFrames();
    expect(o.draw).toHaveBeenCalledTimes(1);
  });

  it('dispose cancels the pending frame and lets go of every observer and listener', () => {
    const canvas = new EventTarget() as HTMLCanvasElement;
    const onContextLost = vi.fn();
    const o = options({ canvas, onContextLost });
    const loop = createFrameLoop(o);
    loop.invalidate();
    loop.dispose();
    expect(browser.pendingFrames).toBe(0);
    expect(browser.observers).toBe(0);
    canvas.dispatchEvent(new Event('webglcontextlost', { cancelable: true }));
    expect(onContextLost).not.toHaveBeenCalled();
    loop.invalidate();
    expect(browser.pendingFrames).toBe(0);
  });
});
