/**
 * Internal URLs that work wherever the site is published: at a domain's root (Netlify, Cloudflare
 * Pages) or under a path (GitHub Pages project sites serve /<repo>/). Every internal link, asset and
 * script-built URL goes through `withBase`; every absolute URL (canonical, og:image, citations,
 * share links) through `absoluteUrl`, which gives `undefined` when no SITE_URL was configured:
 * a build that does not know its address leaves absolute URLs out rather than invent one.
 */

/** `base` with exactly one slash at each end ("/", "/superfactory/"). */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '').replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** A site path ("/methods/", "og/x.png", "/#top") placed under `base`. */
export function joinBase(base: string | undefined, path: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//')) {
    throw new Error(`withBase("${path}"): not a site path; external URLs need no base`);
  }
  return `${normalizeBase(base)}${path.replace(/^\/+/, '')}`;
}

/** The absolute URL of a site path, or undefined when `site` is unknown. */
export function joinSite(site: string | undefined, base: string | undefined, path: string): string | undefined {
  if (!site) return undefined;
  return new URL(joinBase(base, path), site).href;
}

/** The path of a site page under the configured base (Astro's `base`, from BASE_PATH). */
export function withBase(path: string): string {
  return joinBase(import.meta.env?.BASE_URL, path);
}

/** The absolute URL of a site page (Astro's `site`, from SITE_URL), or undefined when none is set. */
export function absoluteUrl(path: string): string | undefined {
  return joinSite(import.meta.env?.SITE, import.meta.env?.BASE_URL, path);
}

/** `pathname` (as Astro.url or location gives it) with the base taken off, starting with "/". */
export function withoutBase(pathname: string, base: string | undefined = import.meta.env?.BASE_URL): string {
  const b = normalizeBase(base);
  if (b === '/') return pathname;
  if (`${pathname}/` === b) return '/';
  return pathname.startsWith(b) ? `/${pathname.slice(b.length)}` : pathname;
}
