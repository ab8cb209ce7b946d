/**
 * The HTML a blogger pastes: an iframe of an embed page in an exact state, or, for platforms that take
 * no iframe (newsletters, some hosted blogs), the preview image linking to the live page. Pure, so the
 * Embed dialog, the oEmbed documents and the tests build the same text.
 */

/**
 * The sandbox the snippet asks for: scripts, and the frame's own origin so module scripts, Web Workers
 * and the "full chapter" link work. Safe because the frame is cross-origin to the blog: it still cannot
 * reach the host page, navigate it (no allow-top-navigation) or submit forms.
 */
export const SNIPPET_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

export type EmbedTheme = 'light' | 'dark' | 'auto';

export interface EmbedView {
  /** The embed page's absolute URL, without a query. */
  pageUrl: string;
  /** The interactive's state as a query string, without "?" (may be empty). */
  state: string;
  theme?: EmbedTheme;
  frozen?: boolean;
}

/** The query keys the embed page itself reads (the interactive's state keys carry a "<view>." prefix). */
export const THEME_KEY = 'theme';
export const FROZEN_KEY = 'frozen';

export function embedSrc(view: EmbedView): string {
  const url = new URL(view.pageUrl);
  url.search = view.state;
  if (view.theme && view.theme !== 'auto') url.searchParams.set(THEME_KEY, view.theme);
  if (view.frozen) url.searchParams.set(FROZEN_KEY, '1');
  return url.href;
}

/** Keeps only the keys of one view (`<prefix>.<name>`), renamed to another prefix, plus the state version. */
export function viewState(search: string, fromPrefix: string, toPrefix: string): string {
  const out = new URLSearchParams();
  for (const [key, value] of new URLSearchParams(search)) {
    if (key === 'v') out.append(key, value);
    else if (key.startsWith(`${fromPrefix}.`)) out.append(`${toPrefix}.${key.slice(fromPrefix.length + 1)}`, value);
  }
  // A version key alone restores nothing: the default state needs no query.
  return [...out.keys()].some((k) => k !== 'v') ? out.toString() : '';
}

export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface IframeSnippet {
  src: string;
  title: string;
  heightPx: number;
  /** The host script (embed.js) that resizes the frame to its content; optional. */
  hostScriptUrl?: string;
}

export function iframeSnippet({ src, title, heightPx, hostScriptUrl }: IframeSnippet): string {
  const frame = `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${Math.ceil(heightPx)}" loading="lazy" sandbox="${SNIPPET_SANDBOX}" referrerpolicy="strict-origin-when-cross-origin" data-superfactory-embed frameborder="0"></iframe>`;
  return hostScriptUrl ? `${frame}\n<script async src="${escapeAttribute(hostScriptUrl)}"></script>` : frame;
}

export interface ImageLinkSnippet {
  href: string;
  imageUrl: string;
  alt: string;
}

export function imageLinkSnippet({ href, imageUrl, alt }: ImageLinkSnippet): string {
  return `<a href="${escapeAttribute(href)}"><img src="${escapeAttribute(imageUrl)}" alt="${escapeAttribute(alt)}" width="1200" height="630" style="max-width:100%;height:auto"></a>`;
}
