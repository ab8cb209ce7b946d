import { describe, expect, it } from 'vitest';
import { sites } from '../../../lib/data';
import { latencyMapPicture } from './map';
import { arcPath, placeOf, pointAt } from './map-frame';

describe('latency picking map', () => {
  const picture = latencyMapPicture(sites);
  const { frame } = picture;

  it('draws land and puts every site inside the frame', () => {
    expect(picture.land.length).toBeGreaterThan(1000);
    expect(picture.sites).toHaveLength(sites.length);
    for (const s of picture.sites) {
      expect(s.x).toBeGreaterThan(0);
      expect(s.x).toBeLessThan(frame.width);
      expect(s.y).toBeGreaterThan(0);
      expect(s.y).toBeLessThan(frame.height);
    }
  });

  it('turns a click on a site back into that site, to the URL precision', () => {
    for (const site of sites) {
      const xy = placeOf(frame, site.location);
      const back = pointAt(frame, xy.x, xy.y);
      expect(back?.lat).toBeCloseTo(site.location.lat, 0);
      expect(back?.lon).toBeCloseTo(site.location.lon, 0);
    }
  });

  it('puts north up and west left', () => {
    const top = pointAt(frame, frame.width / 2, 10);
    const bottom = pointAt(frame, frame.width / 2, frame.height - 10);
    const left = pointAt(frame, 10, frame.height / 2);
    const right = pointAt(frame, frame.width - 10, frame.height / 2);
    expect(top?.lat ?? 0).toBeGreaterThan(bottom?.lat ?? 0);
    expect(left?.lon ?? 0).toBeLessThan(right?.lon ?? 0);
  });

  it('refuses points off the globe', () => {
    const far = { ...frame, translate: [frame.translate[0] + 1e5, frame.translate[1]] as [number, number] };
    expect(pointAt(far, 0, 0)).toBeNull();
  });

  it('draws the arc between the ends', () => {
    expect(arcPath(frame, { lat: 42.67, lon: -87.89 }, { lat: 33.45, lon: -84.52 })).toMatch(/^M/);
  });
});
