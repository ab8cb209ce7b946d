import type { APIRoute } from 'astro';
import { EMBEDS, type EmbedEntry } from '../../../figures/embeds/catalogue';
import { ogCardSvg } from '../../../integrations/og/og-card';
import { renderOgPng } from '../../../integrations/og/og-png';

/**
 * The "image + link" of an embed, for platforms that take no iframe: the share-card machinery's
 * 1200 x 630 PNG with the interactive's title. It names the interactive; it is not a picture of a state.
 */
export function getStaticPaths() {
  return EMBEDS.map((embed) => ({ params: { id: embed.id }, props: { embed } }));
}

export const GET: APIRoute = ({ props }) => {
  const { embed } = props as { embed: EmbedEntry };
  const png = renderOgPng(
    ogCardSvg({ siteName: 'Superfactory', kicker: 'Interactive', title: embed.title, description: embed.description }),
  );
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
