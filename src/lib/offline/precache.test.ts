import { describe, expect, it } from 'vitest';
import { type BuiltFile, isPrecached, offlineManifest } from './precache';
import { KIT_FILE, offlineScopes, SERVICE_WORKER_FILE } from './sections';

const FILES: BuiltFile[] = [
  { path: 'index.html', hash: 'a' },
  { path: 'chapters/x/index.html', hash: 'b' },
  { path: 'widgets/step/index.html', hash: 'c' },
  { path: 'workshop/index.html', hash: 'd' },
  { path: '_astro/step.worker-abc.js', hash: 'e' },
  { path: 'pagefind/wasm.en.pagefind', hash: 'f' },
  { path: 'favicon.svg', hash: 'g' },
  { path: 'embed/step/index.html', hash: 'h' },
  { path: KIT_FILE, hash: 'i' },
  { path: SERVICE_WORKER_FILE, hash: 'j' },
  { path: '_headers', hash: 'k' },
  { path: 'og/x.png', hash: 'l' },
];

describe('the offline manifest', () => {
  it('stores the sections, their assets and search, never embeds, the kit or the worker itself', () => {
    expect(offlineManifest(FILES, '/').urls).toEqual([
      '/_astro/step.worker-abc.js',
      '/chapters/x/',
      '/favicon.svg',
      '/pagefind/wasm.en.pagefind',
      '/widgets/step/',
      '/workshop/',
    ]);
    expect(isPrecached('embed/step/index.html')).toBe(false);
  });

  it('puts every URL and the cache name under the base', () => {
    const m = offlineManifest(FILES, '/superfactory/');
    expect(m.urls.every((u) => u.startsWith('/superfactory/'))).toBe(true);
    expect(m.cacheName).toBe(`superfactory-offline-/superfactory/${m.version}`);
  });

  it('changes version when a stored file changes, and only then', () => {
    const v = offlineManifest(FILES, '/').version;
    const change = (path: string) =>
      offlineManifest(
        FILES.map((f) => (f.path === path ? { ...f, hash: `${f.hash}2` } : f)),
        '/',
      ).version;
    expect(change('chapters/x/index.html')).not.toBe(v);
    expect(change('_astro/step.worker-abc.js')).not.toBe(v);
    expect(change('embed/step/index.html')).toBe(v);
    expect(change(KIT_FILE)).toBe(v);
  });

  it('registers one scope per section, none of them the root that would cover /embed/', () => {
    const scopes = offlineScopes('/superfactory/');
    expect(scopes).toContain('/superfactory/workshop/');
    expect(scopes).toContain('/superfactory/chapters/');
    expect(scopes).toContain('/superfactory/widgets/');
    expect(scopes.some((s) => '/superfactory/embed/step/'.startsWith(s))).toBe(false);
  });
});
