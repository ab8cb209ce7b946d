import { describe, expect, it } from 'vitest';
import { centerOf, greatCirclePoints, orthographicFor, projectScene } from './scene';

const wisconsin = { id: 'w', lat: 42.67, lon: -87.89 };
const atlanta = { id: 'a', lat: 33.45, lon: -84.52 };
const sydney = { id: 's', lat: -33.87, lon: 151.21 };

describe('geo-render', () => {
  const view = { width: 800, height: 600, center: centerOf([wisconsin, atlanta]), zoom: 1 };

  it('puts the view centre in the middle of the picture', () => {
    const p = orthographicFor(view);
    const xy = p([view.center.lon, view.center.lat]);
    expect(xy?.[0]).toBeCloseTo(400, 6);
    expect(xy?.[1]).toBeCloseTo(300, 6);
  });

  it('draws land, arcs and markers, and hides markers on the far side', () => {
    const scene = projectScene(orthographicFor(view), {
      sites: [wisconsin, atlanta, sydney],
      links: [{ id: 'wa', from: wisconsin, to: atlanta }],
    });
    expect(scene.land.length).toBeGreaterThan(1000);
    expect(scene.arcs[0]?.d).toMatch(/^M/);
    expect(scene.markers.map((m) => m.visible)).toEqual([true, true, false]);
    // Wisconsin is north of Atlanta: smaller y on screen.
    expect(scene.markers[0]?.y ?? 0).toBeLessThan(scene.markers[1]?.y ?? 0);
  });

  it('samples great circles end to end', () => {
    const pts = greatCirclePoints(wisconsin, atlanta, 10);
    expect(pts).toHaveLength(11);
    expect(pts[0]?.[0]).toBeCloseTo(wisconsin.lon, 6);
    expect(pts[10]?.[1]).toBeCloseTo(atlanta.lat, 6);
  });
});
