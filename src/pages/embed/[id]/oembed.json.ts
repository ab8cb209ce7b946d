import type { APIRoute } from 'astro';
import { EMBEDS, type EmbedEntry, embedPath, previewImagePath } from '../../../figures/embeds/catalogue';
import { oembedDocument } from '../../../lib/embed/oembed';
import { absoluteUrl, withBase } from '../../../lib/site-url';

/** One static oEmbed document per embed. Absolute URLs need SITE_URL; without it they stay site paths. */
export function getStaticPaths() {
  return EMBEDS.map((embed) => ({ params: { id: embed.id }, props: { embed } }));
}

const urlOf = (path: string) => absoluteUrl(path) ?? withBase(path);

export const GET: APIRoute = ({ props }) => {
  const { embed } = props as { embed: EmbedEntry };
  const doc = oembedDocument(embed, {
    embed: urlOf(embedPath(embed.id)),
    preview: urlOf(previewImagePath(embed.id)),
    provider: urlOf('/'),
  });
  return new Response(JSON.stringify(doc), { headers: { 'Content-Type': 'application/json+oembed' } });
};
