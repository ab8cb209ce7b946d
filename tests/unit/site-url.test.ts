import { describe, expect, it } from 'vitest';
import { citationFor } from '../../src/lib/article/cite';
import { joinBase, joinSite, normalizeBase, withoutBase } from '../../src/lib/site-url';

describe('internal URLs under a base path', () => {
  it('normalizes any spelling of the base', () => {
    for (const b of [undefined, '', '/', '//']) expect(normalizeBase(b)).toBe('/');
    for (const b of ['superfactory', '/superfactory', 'superfactory/', '/superfactory/']) {
      expect(normalizeBase(b)).toBe('/superfactory/');
    }
  });

  it('puts site paths under the base, keeping queries and fragments', () => {
    expect(joinBase('/', '/methods/#step')).toBe('/methods/#step');
    expect(joinBase('/superfactory/', '/methods/#step')).toBe('/superfactory/methods/#step');
    expect(joinBase('/superfactory', 'og/x.png')).toBe('/superfactory/og/x.png');
    expect(joinBase('/superfactory/', '/')).toBe('/superfactory/');
    expect(joinBase('/superfactory/', '/widgets/latency/?km=900')).toBe('/superfactory/widgets/latency/?km=900');
  });

  it('refuses external URLs, which must not get a base', () => {
    expect(() => joinBase('/x/', 'https://example.org/')).toThrow(/not a site path/);
    expect(() => joinBase('/x/', '//cdn.example.org/a.js')).toThrow(/not a site path/);
  });

  it('gives absolute URLs only when the site is known', () => {
    expect(joinSite(undefined, '/superfactory/', '/methods/')).toBeUndefined();
    expect(joinSite('https://user.github.io', '/superfactory/', '/methods/')).toBe(
      'https://user.github.io/superfactory/methods/',
    );
    expect(joinSite('https://x.org/', '/', '/og/a.png')).toBe('https://x.org/og/a.png');
  });

  it('takes the base off a page path', () => {
    expect(withoutBase('/superfactory/chapters/a/', '/superfactory/')).toBe('/chapters/a/');
    expect(withoutBase('/superfactory/', '/superfactory/')).toBe('/');
    expect(withoutBase('/superfactory', '/superfactory/')).toBe('/');
    expect(withoutBase('/chapters/a/', '/')).toBe('/chapters/a/');
  });
});

describe('"Cite this page" without a known site URL', () => {
  it('leaves the URL out rather than inventing one', () => {
    const c = citationFor({ title: 'T', order: 2, slug: 't', updated: '2026-11-25', url: undefined });
    expect(c.plain).toMatch(/Updated 25 November 2026\.$/);
    expect(c.bibtex).not.toMatch(/url\s*=/);
    expect(`${c.plain}${c.bibtex}`).not.toMatch(/undefined|example\.org/);
  });
});
