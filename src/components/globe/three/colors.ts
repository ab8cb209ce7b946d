/** Theme colours for WebGL, read from the page's CSS custom properties so both themes match. */
import { Color } from 'three';

export interface GlobeColors {
  ocean: Color;
  land: Color;
  grid: Color;
  states: Color;
  arc: Color;
  superfactory: Color;
  comparison: Color;
  sandbox: Color;
  pulse: Color;
}

function cssColor(style: CSSStyleDeclaration, name: string, fallback: string): Color {
  const raw = style.getPropertyValue(name).trim();
  const c = new Color();
  try {
    c.setStyle(raw || fallback);
  } catch {
    c.setStyle(fallback);
  }
  return c;
}

export function readColors(el: Element): GlobeColors {
  const s = getComputedStyle(el);
  return {
    ocean: cssColor(s, '--color-surface', '#f1efe9'),
    land: cssColor(s, '--color-muted', '#575c66'),
    grid: cssColor(s, '--color-border', '#d9d5cc'),
    states: cssColor(s, '--color-border', '#d9d5cc'),
    arc: cssColor(s, '--chart-2', '#c2570f'),
    superfactory: cssColor(s, '--color-accent', '#1d5bb8'),
    comparison: cssColor(s, '--chart-6', '#5a5c9e'),
    sandbox: cssColor(s, '--chart-4', '#a3317a'),
    pulse: cssColor(s, '--chart-2', '#c2570f'),
  };
}
