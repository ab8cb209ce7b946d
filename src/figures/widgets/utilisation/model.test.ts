import { describe, expect, it } from 'vitest';
import { renderChartSvg } from '../../../lib/chart/render';
import { curvesSpec, heatmapSpec } from './model';
import { utilisationUrl } from './state';
import { computeUtilisationSweep } from './sweep';

const state = utilisationUrl.defaults();
const sweep = computeUtilisationSweep(state);
const texts = (svg: string, cls: string) =>
  [...svg.matchAll(new RegExp(`<text[^>]*class="${cls}[^"]*"[^>]*>([^<]*)<`, 'g'))].map((m) => m[1]);

describe('the utilisation heat map as drawn', () => {
  const svg = renderChartSvg(heatmapSpec(state, sweep));

  it('labels distance at regular steps and bandwidth by decade, in the controls’ units', () => {
    const [x, y] = [svg.indexOf('chart-x-axis'), svg.indexOf('chart-y-axis')];
    const xTicks = texts(svg.slice(x), 'chart-tick').map((l) => Number(l?.replace(/,/g, '')));
    const steps = xTicks.slice(1).map((v, i) => v - (xTicks[i] ?? 0));
    expect(xTicks[0]).toBe(0);
    expect(new Set(steps).size).toBe(1);
    expect(texts(svg.slice(y, x), 'chart-tick')).toEqual(['0.1', '1', '10', '100', '1,000', '10,000']);
    expect(svg).toContain('WAN bandwidth per direction (Tbit/s)');
    expect(svg).toContain('Distance between sites (km)');
  });

  it('writes a value in a few cells only, and every value in a tooltip', () => {
    const cells = sweep.mfu.flat().length;
    expect(texts(svg, 'chart-heat-text').length).toBeLessThanOrEqual(8);
    expect([...svg.matchAll(/<rect class="chart-heat [^>]*><title>[^<]*MFU \d/g)]).toHaveLength(cells);
  });
});

describe('the utilisation curves as drawn', () => {
  const svg = renderChartSvg(curvesSpec(state, sweep));

  it('keeps the loss rule’s label off the plot and each line’s markers apart', () => {
    const label = /<text x="[\d.]+" y="([\d.]+)" class="chart-annotation-label">[\d.]+% below the best</.exec(svg);
    const plotTop = Math.min(...[...svg.matchAll(/class="chart-grid"[^>]*y1="([\d.]+)"/g)].map((m) => Number(m[1])));
    expect(Number(label?.[1])).toBeLessThan(plotTop);
    const markerSpots = (i: number) =>
      new Set(
        [...svg.matchAll(/<g class="chart-series" data-series="(\d)">(.*?)<\/g>/g)]
          .filter((m) => Number(m[1]) === i)
          .flatMap((m) => [...(m[2] ?? '').matchAll(/translate\(([\d.]+),/g)].map((t) => t[1])),
      );
    const [a, b] = [markerSpots(2), markerSpots(3)];
    expect(a.size).toBeGreaterThan(2);
    expect([...a].filter((x) => b.has(x)).length).toBeLessThanOrEqual(1);
  });
});
