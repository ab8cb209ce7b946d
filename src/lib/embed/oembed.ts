/**
 * The static oEmbed document of an embed (oembed.com, type "rich"): the iframe for the default state.
 * A static file cannot honour maxwidth or a reader's state; the Embed dialog's snippet carries state.
 */
import type { EmbedEntry } from '../../figures/embeds/catalogue';
import { iframeSnippet } from './snippet';

/** The width the stated heights were measured at; the iframe itself is 100% wide. */
export const OEMBED_WIDTH_PX = 640;
export const PREVIEW_WIDTH_PX = 1200;
export const PREVIEW_HEIGHT_PX = 630;

export interface OembedUrls {
  /** The embed page, default state. */
  embed: string;
  preview: string;
  /** The site's home page. */
  provider: string;
}

export interface OembedDocument {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
}

export function oembedDocument(embed: EmbedEntry, urls: OembedUrls): OembedDocument {
  return {
    version: '1.0',
    type: 'rich',
    title: embed.title,
    provider_name: 'Superfactory',
    provider_url: urls.provider,
    html: iframeSnippet({ src: urls.embed, title: embed.title, heightPx: embed.heightPx }),
    width: OEMBED_WIDTH_PX,
    height: embed.heightPx,
    thumbnail_url: urls.preview,
    thumbnail_width: PREVIEW_WIDTH_PX,
    thumbnail_height: PREVIEW_HEIGHT_PX,
  };
}
