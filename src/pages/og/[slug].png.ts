import type { APIRoute, GetStaticPaths } from 'astro';
import { getChapters } from '../../components/chapter/chapters';
import { ogCardSvg } from '../../integrations/og/og-card';
import { renderOgPng } from '../../integrations/og/og-png';

/** One 1200 x 630 PNG per chapter, drawn at build time; the layout links it as og:image. */
export const getStaticPaths = (async () => {
  const chapters = await getChapters();
  return chapters.map((c) => ({
    params: { slug: c.slug },
    props: { title: c.title, order: c.order, description: c.description },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { title, order, description } = props as { title: string; order: number; description: string };
  const png = renderOgPng(ogCardSvg({ siteName: 'Superfactory', kicker: `Chapter ${order}`, title, description }));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
