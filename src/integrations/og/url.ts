/** Where a chapter's Open Graph card is served (src/pages/og/[slug].png.ts), as a site path; absoluteUrl() makes it absolute. */
export function ogImageUrl(slug: string): string {
  return `/og/${slug}.png`;
}
