import { afterEach, describe, expect, it, vi } from 'vitest';
import { ZOOM_MAX, ZOOM_MIN } from '../globe-state';
import { clampCamera, createCameraRig, easeInOut, wrapLon } from './camera';
import { keyMove } from './input';
import { parseLatLon } from './sandbox';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('camera', () => {
  it('wraps longitude into [-180, 180) and clamps latitude and zoom', () => {
    expect(wrapLon(190)).toBe(-170);
    expect(wrapLon(-540)).toBe(-180);
    expect(clampCamera({ lat: 120, lon: 360, zoom: 1e6 })).toEqual({ lat: 85, lon: 0, zoom: ZOOM_MAX });
    expect(clampCamera({ lat: -120, lon: 0, zoom: 0 })).toEqual({ lat: -85, lon: 0, zoom: ZOOM_MIN });
  });

  it('eases from 0 to 1 through the middle', () => {
    expect([easeInOut(0), easeInOut(0.5), easeInOut(1)]).toEqual([0, 0.5, 1]);
  });

  it('jumps instead of flying under reduced motion', () => {
    vi.stubGlobal('requestAnimationFrame', () => {
      throw new Error('no frame should be asked for');
    });
    vi.stubGlobal('cancelAnimationFrame', () => {});
    const render = vi.fn();
    const onChange = vi.fn();
    const rig = createCameraRig({ render }, { lat: 0, lon: 0, zoom: 1 }, { reducedMotion: true, onChange });
    rig.flyTo({ lat: 40, lon: -90, zoom: 2 });
    expect(render).toHaveBeenCalledTimes(1);
    expect(rig.get()).toEqual({ lat: 40, lon: -90, zoom: 2 });
    expect(onChange).toHaveBeenLastCalledWith({ lat: 40, lon: -90, zoom: 2 });
  });

  it('flies the short way across the antimeridian, and a drag stops the flight', () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    vi.stubGlobal('cancelAnimationFrame', () => frames.splice(0));
    const t0 = performance.now();
    const rig = createCameraRig(
      { render: () => {} },
      { lat: 0, lon: 170, zoom: 1 },
      { reducedMotion: false, onChange() {} },
    );
    rig.flyTo({ lat: 0, lon: -170, zoom: 1 });
    frames.shift()?.(t0 + 450);
    // Halfway on the short way is the antimeridian, not Greenwich.
    expect(Math.abs(rig.get().lon)).toBeGreaterThan(170);
    rig.set({ lat: 10, lon: 10, zoom: 1 });
    expect(frames).toHaveLength(0);
    expect(rig.get()).toEqual({ lat: 10, lon: 10, zoom: 1 });
  });
});

describe('keyboard and form input', () => {
  it('turns by smaller steps when zoomed in, zooms by + and -, ignores other keys', () => {
    const cam = { lat: 0, lon: 0, zoom: 4 };
    expect(keyMove('ArrowRight', cam)).toEqual({ lat: 0, lon: 2.5, zoom: 4 });
    expect(keyMove('+', cam)?.zoom).toBe(5);
    expect(keyMove('-', cam)?.zoom).toBe(3.2);
    expect(keyMove('a', cam)).toBeNull();
    expect(keyMove('constructor', cam)).toBeNull();
  });

  it('reads a typed lat/lon, refusing blanks and points off the Earth', () => {
    expect(parseLatLon(' 42.5 ', '-87')).toEqual({ lat: 42.5, lon: -87 });
    expect(parseLatLon('', '10')).toBeNull();
    expect(parseLatLon('91', '0')).toBeNull();
    expect(parseLatLon('0', '1e9')).toBeNull();
    expect(parseLatLon('abc', '0')).toBeNull();
  });
});
