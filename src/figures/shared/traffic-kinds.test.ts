import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderChartSvg } from '../../lib/chart/render';
import type { ChartSpec } from '../../lib/chart/spec';
import { TRAFFIC_KIND_IDS, TRAFFIC_KINDS, trafficClass } from '../../lib/chart/traffic-kinds';
import { stepTimelineChart } from '../chapters/charts';
import { stepChartSpec, stepRun } from '../widgets/step/model';
import { stepUrl } from '../widgets/step/state';

const chartCss = readFileSync(new URL('../../components/chart/chart.css', import.meta.url), 'utf8').replace(
  /\/\*[\s\S]*?\*\//g,
  '',
);
const tokensCss = readFileSync(new URL('../../styles/tokens.css', import.meta.url), 'utf8');

/** The colour token chart.css gives a class: the `fill: var(--x)` of the rule whose selector names it. */
function colourOfClass(cls: string): string | undefined {
  for (const m of chartCss.matchAll(/([^{}]+)\{([^}]*)\}/g)) {
    const selectors = (m[1] ?? '').split(',').map((s) => s.trim());
    if (!selectors.includes(`.chart .${cls}`)) continue;
    const fill = /fill:\s*var\((--[\w-]+)\)/.exec(m[2] ?? '');
    if (fill) return fill[1];
  }
  return undefined;
}

/**
 * What a reader sees for each kind label in a rendered timeline: its colour token and hatch pattern.
 * Bars too thin for one hatch line show only the colour, so a missing hatch says nothing of the pattern.
 */
function drawnLooks(spec: ChartSpec): Map<string, Set<string>> {
  const svg = renderChartSvg(spec);
  const colours = new Map<string, Set<string>>();
  const patterns = new Map<string, Set<string>>();
  const add = (m: Map<string, Set<string>>, k: string, v: string) => m.set(k, (m.get(k) ?? new Set()).add(v));
  const interval =
    /<g><title>[^<:]*: ([^,<]+), [^<]*<\/title><(?:rect|path) [^>]*class="chart-fill ([\w-]+)"[^>]*\/>(?:<path class="chart-hatch chart-hatch--([\w-]+)")?/g;
  for (const m of svg.matchAll(interval)) {
    const [, label = '', cls = '', pattern] = m;
    add(colours, label, colourOfClass(cls) ?? `unstyled ${cls}`);
    if (pattern) add(patterns, label, pattern);
  }
  const looks = new Map<string, Set<string>>();
  for (const [label, seen] of colours)
    looks.set(label, new Set([...seen].map((c) => `${c} / ${[...(patterns.get(label) ?? ['solid'])].join('+')}`)));
  return looks;
}

describe('one key for kinds of traffic', () => {
  it('gives every kind a colour token that tokens.css defines and chart.css applies', () => {
    for (const id of TRAFFIC_KIND_IDS) {
      const token = TRAFFIC_KINDS[id].colourToken;
      expect(colourOfClass(trafficClass(id)), id).toBe(token);
      expect(tokensCss, token).toMatch(new RegExp(`${token}:`));
    }
  });

  it('never draws two kinds alike', () => {
    const looks = TRAFFIC_KIND_IDS.map((id) => `${TRAFFIC_KINDS[id].colourToken} ${TRAFFIC_KINDS[id].pattern}`);
    expect(new Set(looks).size).toBe(looks.length);
  });

  it('draws the chapter figure and the step widget with the same colour and pattern for the same kind', () => {
    const article = drawnLooks(stepTimelineChart().spec);
    const state = stepUrl.defaults();
    const widget = drawnLooks(stepChartSpec(state, stepRun(state).result.rows));
    const shared = [...article.keys()].filter((label) => widget.has(label));
    expect(shared.length).toBeGreaterThanOrEqual(2);
    const labelOfLook = new Map<string, string>();
    for (const looks of [article, widget])
      for (const [label, seen] of looks) {
        expect([...seen], `${label} is drawn one way within a chart`).toHaveLength(1);
        const look = [...seen][0] as string;
        expect(look).not.toMatch(/^unstyled/);
        // One look, one kind, across both charts: the reverse of the old bug (green = two kinds).
        expect(labelOfLook.get(look) ?? label, look).toBe(label);
        labelOfLook.set(look, label);
      }
    for (const label of shared) expect([...(article.get(label) ?? [])]).toEqual([...(widget.get(label) ?? [])]);
  });
});
