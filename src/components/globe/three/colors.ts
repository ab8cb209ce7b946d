/** Theme colours for WebGL, read from the page's tokens so both themes match. */
import type { Color } from 'three';
import { readTokenColors } from './css-color';

export const GLOBE_TOKENS = {
  ocean: '--color-surface',
  land: '--color-muted',
  grid: '--color-border',
  states: '--color-border',
  arc: '--chart-2',
  superfactory: '--color-accent',
  comparison: '--chart-6',
  sandbox: '--chart-4',
  pulse: '--chart-2',
} as const;

export type GlobeColors = Record<keyof typeof GLOBE_TOKENS, Color>;

export function readColors(el: Element): GlobeColors {
  return readTokenColors(el, GLOBE_TOKENS);
}
