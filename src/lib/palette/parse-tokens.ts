/**
 * Reads the colour tokens out of src/styles/tokens.css: every `--name: light-dark(#light, #dark)`.
 * Pure, so the build (Open Graph card) and the tests read the one stylesheet rather than a copy.
 */
export interface TokenPair {
  light: string;
  dark: string;
}

const PAIR = /(--[\w-]+)\s*:\s*light-dark\(\s*(#[0-9a-f]{3,8})\s*,\s*(#[0-9a-f]{3,8})\s*\)\s*;/gi;

export function parseColorTokens(css: string): ReadonlyMap<string, TokenPair> {
  const tokens = new Map<string, TokenPair>();
  for (const [, name, light, dark] of css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(PAIR)) {
    if (!name || !light || !dark) continue;
    if (tokens.has(name)) throw new Error(`tokens.css: ${name} is defined twice`);
    tokens.set(name, { light: light.toLowerCase(), dark: dark.toLowerCase() });
  }
  return tokens;
}
