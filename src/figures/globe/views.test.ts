import { describe, expect, it } from 'vitest';
import { figureMidpoint, latest, links, lookupFigure, sites } from '../../lib/data';
import { simulateScenario } from '../../lib/sim';
import { linkLatency } from '../../lib/sim/link-latency';
import type { DerivedFigure } from '../chapters/derived-figure';
import { buildPayload, siteCards } from './globe-data';
import { GLOBE_VIEWS, globeView, viewFigures } from './views';

const figuresOf = (parts: ReturnType<ReturnType<typeof globeView>['caption']>) =>
  (parts ?? []).filter((p): p is DerivedFigure => typeof p !== 'string');

const anchors = sites.filter((s) => s.role === 'superfactory');
const anchorLink = links.links.find((l) => l.from === anchors[0]?.id && l.to === anchors[1]?.id);

/** The link's delays computed here from the raw records, the way the globe's readout computes them. */
function expectedLatency() {
  if (!anchorLink) throw new Error('no anchor link');
  const at = (id: string) => sites.find((s) => s.id === id)?.location ?? { lat: NaN, lon: NaN };
  return linkLatency(
    at(anchorLink.from),
    at(anchorLink.to),
    anchorLink.routeFactor ? figureMidpoint(anchorLink.routeFactor) : null,
  );
}

describe('globe views', () => {
  it('every view but the plain globe has a caption of finite, badged, sourced figures', () => {
    for (const id of GLOBE_VIEWS) {
      const parts = globeView(id).caption();
      if (id === 'all') {
        expect(parts).toBeNull();
        continue;
      }
      const figures = figuresOf(parts);
      expect(figures.length, id).toBeGreaterThan(0);
      for (const f of figures) {
        expect(typeof f.value === 'number' && Number.isFinite(f.value), `${id}: ${f.how}`).toBe(true);
        expect(f.sources.length, `${id}: ${f.how}`).toBeGreaterThan(0);
      }
      const text = (parts ?? []).filter((p) => typeof p === 'string').join('');
      expect(text).not.toMatch(/undefined|NaN|Infinity/);
    }
  });

  it('the round trip against a step is the engine’s link latency over the engine’s step of the worked example', () => {
    const rtt = expectedLatency().roundTripMs;
    const wan = lookupFigure('links.wan.interCampusBandwidthBytesPerS').figure;
    const step = simulateScenario('worked-example', { sites: 2, bandwidthBytesPerS: figureMidpoint(wan) }).summary
      .stepTimeS;
    expect(viewFigures.roundTripMs().value).toBeCloseTo(rtt, 9);
    expect(viewFigures.stepS().value).toBeCloseTo(step, 9);
    expect(viewFigures.roundTripShareOfStep().value).toBeCloseTo((100 * rtt) / 1000 / step, 9);
  });

  it('a delay’s badge and sources come from what it read: the assumed route factor makes it assumed', () => {
    const f = viewFigures.oneWayMs();
    expect(f.value).toBeCloseTo(expectedLatency().oneWayMs, 9);
    expect(anchorLink?.routeFactor?.status).toBe('assumed');
    expect(f.status).toBe('assumed');
    expect(f.sources).toContain(anchorLink?.routeFactor?.source);
    // The straight line reads the coordinates alone: their sources, not the route factor's.
    const km = viewFigures.greatCircleKm();
    const locations = anchors.map((s) => s.location.source);
    expect(new Set(km.sources)).toEqual(new Set(locations));
  });

  it('chapter 1 and 4 show the two sites and their link; the power view labels each site with its IT power', () => {
    for (const id of ['sites', 'round-trip'] as const) {
      const payload = buildPayload('g', id);
      expect(payload.sites.map((s) => s.id).sort()).toEqual(anchors.map((s) => s.id).sort());
      expect(payload.links.map((l) => l.id)).toEqual([anchorLink?.id]);
      expect(siteCards(payload)).toHaveLength(2);
    }
    const power = buildPayload('g', 'power');
    expect(power.sites).toHaveLength(sites.length);
    for (const s of sites) {
      const it = s.figures.itPowerMw ? latest(s.figures.itPowerMw) : null;
      const detail = power.sites.find((p) => p.id === s.id)?.detail;
      if (!it) expect(detail).toBeUndefined();
      else expect(detail?.replace(/[^0-9.]/g, '')).toBe(String(Number(figureMidpoint(it).toPrecision(2))));
    }
    expect(buildPayload('g').sites.every((s) => s.detail === undefined)).toBe(true);
  });
});
