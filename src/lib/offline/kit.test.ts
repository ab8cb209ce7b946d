import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildKit, HOW_TO_FILE, howToRunOffline, KIT_FOLDER, SERVER_FILE } from './kit';
import { KIT_FILE } from './sections';

const bytes = (s: string) => new TextEncoder().encode(s);
const SITE = new Map<string, Uint8Array>([
  ['index.html', bytes('<!doctype html><title>Home</title>')],
  ['chapters/x/index.html', bytes('<!doctype html><title>X</title>')],
  ['_astro/a.js', bytes('export {};')],
  ['og/x.png', new Uint8Array([137, 80, 78, 71])],
  [KIT_FILE, bytes('an older kit')],
  ['other.zip', bytes('a zip')],
]);

describe('the workshop kit', () => {
  const files = unzipSync(buildKit(SITE, bytes('// server'), '/'));

  it('holds the site, the server and the how-to, and no zip', () => {
    expect(strFromU8(files[`${KIT_FOLDER}/site/index.html`] ?? new Uint8Array())).toContain('<title>Home');
    expect(files[`${KIT_FOLDER}/site/chapters/x/index.html`]).toBeDefined();
    expect(files[`${KIT_FOLDER}/site/og/x.png`]).toEqual(SITE.get('og/x.png'));
    expect(strFromU8(files[`${KIT_FOLDER}/${SERVER_FILE}`] ?? new Uint8Array())).toBe('// server');
    expect(strFromU8(files[`${KIT_FOLDER}/${HOW_TO_FILE}`] ?? new Uint8Array())).toContain('node serve.mjs');
    expect(Object.keys(files).filter((f) => f.endsWith('.zip'))).toEqual([]);
  });

  it('is the same bytes for the same site', () => {
    expect(buildKit(SITE, bytes('// server'), '/')).toEqual(buildKit(SITE, bytes('// server'), '/'));
  });

  it('tells a base-path build to serve under its base, and says why opening the files fails', () => {
    const text = howToRunOffline('/superfactory/');
    expect(text).toContain('node serve.mjs --base /superfactory/');
    expect(text).toMatch(/file:\/\//);
    expect(howToRunOffline('/')).not.toContain('--base');
  });
});
