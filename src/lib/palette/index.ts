/**
 * The site's colour tokens as values, for code that cannot ask the browser (the build-time Open
 * Graph card). Parsed from src/styles/tokens.css at build time, so the stylesheet stays the only copy.
 */
import tokensCss from '../../styles/tokens.css?raw';
import { parseColorTokens } from './parse-tokens';

export type ColorScheme = 'light' | 'dark';

const tokens = parseColorTokens(tokensCss);

export function tokenColor(name: `--${string}`, scheme: ColorScheme): string {
  const pair = tokens.get(name);
  if (!pair) throw new Error(`No colour token ${name} in src/styles/tokens.css`);
  return pair[scheme];
}
