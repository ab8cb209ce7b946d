import { describe, expect, it } from 'vitest';
import { embedSrc, iframeSnippet, imageLinkSnippet, SNIPPET_SANDBOX, viewState } from './snippet';

describe('the embed snippet', () => {
  it('carries the state, theme and frozen flag in the frame URL', () => {
    const src = embedSrc({
      pageUrl: 'https://example.github.io/superfactory/embed/step/',
      state: 'v=1&step.km=3000',
      theme: 'dark',
      frozen: true,
    });
    const url = new URL(src);
    expect(url.pathname).toBe('/superfactory/embed/step/');
    expect(url.searchParams.get('step.km')).toBe('3000');
    expect(url.searchParams.get('theme')).toBe('dark');
    expect(url.searchParams.get('frozen')).toBe('1');
    expect(new URL(embedSrc({ pageUrl: 'https://x.org/embed/a/', state: '', theme: 'auto' })).search).toBe('');
  });

  it("keeps one view's keys, renamed to the embed's view, and the version", () => {
    expect(viewState('?v=1&globe-ch8.lat=10&step.km=3&globe-ch8.lon=20', 'globe-ch8', 'globe')).toBe(
      'v=1&globe.lat=10&globe.lon=20',
    );
    expect(viewState('?v=1&step.km=3', 'globe', 'globe')).toBe('');
  });

  it('is an iframe with the sandbox, title, lazy loading and a height, escaped', () => {
    const html = iframeSnippet({ src: 'https://x.org/embed/a/?a.b=1&c.d="2"', title: 'A <b> & "c"', heightPx: 611.5 });
    expect(html).toContain(`sandbox="${SNIPPET_SANDBOX}"`);
    expect(html).toContain('src="https://x.org/embed/a/?a.b=1&amp;c.d=&quot;2&quot;"');
    expect(html).toContain('title="A &lt;b&gt; &amp; &quot;c&quot;"');
    expect(html).toContain('height="612"');
    expect(html).toContain('width="100%"');
    expect(html).toContain('loading="lazy"');
    expect(html).not.toContain('<script');
    expect(
      iframeSnippet({ src: 'https://x.org/', title: 't', heightPx: 1, hostScriptUrl: 'https://x.org/embed.js' }),
    ).toContain('<script async src="https://x.org/embed.js"></script>');
  });

  it('offers an image that links to the live page', () => {
    expect(imageLinkSnippet({ href: 'https://x.org/a/', imageUrl: 'https://x.org/a.png', alt: 'A' })).toMatch(
      /^<a href="https:\/\/x\.org\/a\/"><img src="https:\/\/x\.org\/a\.png" alt="A"/,
    );
  });
});
