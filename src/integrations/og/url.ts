/** Where a chapter's Open Graph card is served (src/pages/og/[slug].png.ts); make it absolute with Astro.site. */
export function ogImageUrl(slug: string): string {
  return `/og/${slug}.png`;
}
