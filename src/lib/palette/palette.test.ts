import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CAMPUS_TOKENS } from '../../components/globe/campus/campus-view';
import { GLOBE_TOKENS } from '../../components/globe/three/colors';
import tokensCss from '../../styles/tokens.css?raw';
import { tokenColor } from './index';
import { parseColorTokens } from './parse-tokens';

const SRC = join(__dirname, '../..');
const TOKEN_FILE = 'styles/tokens.css';
// A hex colour, not an HTML entity (&#8201;) or part of a longer word.
const HEX = /(?<![&\w])#[0-9a-f]{3,8}\b/gi;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|mjs|astro|css|mdx?)$/.test(e.name) ? [path] : [];
  });
}

describe('colours live in tokens.css only', () => {
  it('the scan finds a hex colour where there is one', () => {
    expect(`fill="${'#'}1d5bb8"`.match(HEX)).toHaveLength(1);
    expect('&#8201; and #section-2'.match(HEX)).toBeNull();
  });

  it('no file in src outside the token file writes a hex colour', () => {
    const files = sourceFiles(SRC);
    expect(files.length).toBeGreaterThan(100);
    const found = files
      .filter((f) => relative(SRC, f) !== TOKEN_FILE)
      .flatMap((f) => (readFileSync(f, 'utf8').match(HEX) ?? []).map((hex) => `${relative(SRC, f)}: ${hex}`));
    expect(found).toEqual([]);
  });

  it('each colour token is written once, as one light-dark() pair (print is the only override)', () => {
    // The few colours that must not follow the theme (a QR code, a blanked projector) sit in one marked block.
    const invariant =
      /\/\* Theme-invariant colours[\s\S]*?\/\* End of theme-invariant colours\. \*\//.exec(tokensCss)?.[0] ?? '';
    expect([...invariant.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1])).toEqual([
      '--qr-dark',
      '--qr-light',
      '--color-blank-screen',
    ]);
    const screen = tokensCss
      .replace(invariant, '')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/@media print\s*\{[\s\S]*$/, '');
    const declared = [...screen.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]);
    expect(declared.filter((name, i) => declared.indexOf(name) !== i)).toEqual([]);
    const pairs = parseColorTokens(tokensCss);
    expect(pairs.size).toBe((screen.match(/:\s*light-dark\(\s*#/g) ?? []).length);
    expect(pairs.size).toBeGreaterThanOrEqual(28);
    // Every hex on screen sits in a light-dark() pair: no colour for one theme only.
    expect((screen.match(HEX) ?? []).length).toBe(pairs.size * 2);
    for (const [name, pair] of pairs) expect(pair.light, name).not.toBe(pair.dark);
  });

  it('the palette module reads the stylesheet and refuses a token it does not hold', () => {
    expect(tokenColor('--color-bg', 'light')).toBe(/--color-bg:\s*light-dark\((#\w+)/.exec(tokensCss)?.[1]);
    expect(tokenColor('--chart-1', 'dark')).toBe(/--chart-1:\s*light-dark\(#\w+,\s*(#\w+)/.exec(tokensCss)?.[1]);
    expect(() => tokenColor('--no-such-colour', 'light')).toThrow(/--no-such-colour/);
  });

  it('the three.js views ask only for tokens that exist', () => {
    const pairs = parseColorTokens(tokensCss);
    for (const token of [...Object.values(GLOBE_TOKENS), ...Object.values(CAMPUS_TOKENS)]) {
      expect(pairs.has(token), token).toBe(true);
    }
  });
});
