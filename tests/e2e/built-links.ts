/**
 * Checks over the built HTML that hold wherever the site is published: every internal link, asset and
 * #fragment resolves under the base path, and no URL is written root-absolute past the base.
 * `base` is the path the build was made for (BASE_PATH); the build folder itself has no base folder.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { normalizeBase, withoutBase } from '../../src/lib/site-url';
import { builtPages, OUT_DIR } from './helpers';

export const BASE = normalizeBase(process.env.BASE_PATH);
export const SITE_URL = process.env.SITE_URL || undefined;

const EXTERNAL = /^(https?:|mailto:|data:|blob:|javascript:|tel:)/;
/** Attributes that hold a URL the browser fetches or follows. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'poster', 'data', 'formaction', 'xlink:href'];

export function fileFor(pagePath: string, outDir: string = OUT_DIR): string {
  return pagePath.endsWith('/') ? join(outDir, pagePath, 'index.html') : join(outDir, pagePath);
}

const documents = new Map<string, Document>();
export function documentOf(pagePath: string, outDir: string = OUT_DIR): Document {
  const file = fileFor(pagePath, outDir);
  let doc = documents.get(file);
  if (!doc) {
    doc = parseHTML(readFileSync(file, 'utf8')).document as unknown as Document;
    documents.set(file, doc);
  }
  return doc;
}

/** Every internal <a href> reaches a built page (and its #fragment an id); every other internal URL a file. */
export function brokenInternalLinks(outDir: string = OUT_DIR, base: string = BASE): string[] {
  const pages = builtPages(outDir);
  const broken: string[] = [];
  const idsOf = (p: string) => new Set([...documentOf(p, outDir).querySelectorAll('[id]')].map((el) => el.id));
  for (const page of pages) {
    const pageUrl = `http://site${base}${page.slice(1)}`;
    for (const el of documentOf(page, outDir).querySelectorAll('[href], [src]')) {
      const raw = el.getAttribute('href') ?? el.getAttribute('src') ?? '';
      if (EXTERNAL.test(raw)) continue;
      const url = new URL(raw, pageUrl);
      if (url.host !== 'site') continue;
      if (!`${url.pathname}/`.startsWith(base)) {
        broken.push(`${page}: ${raw} (outside the base ${base})`);
        continue;
      }
      const path = withoutBase(url.pathname, base);
      if (el.tagName !== 'A') {
        if (!existsSync(fileFor(path, outDir))) broken.push(`${page}: ${raw} (no file ${path})`);
        continue;
      }
      // Files that are not pages (share images, search index) only need to exist.
      if (/\.[a-z0-9]+$/i.test(path) && !path.endsWith('.html')) {
        if (!existsSync(fileFor(path, outDir))) broken.push(`${page}: ${raw} (no file ${path})`);
        continue;
      }
      const target = path.endsWith('/') || path.endsWith('.html') ? path : `${path}/`;
      if (!pages.includes(target)) {
        broken.push(`${page}: ${raw} (no page ${target})`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !idsOf(target).has(fragment)) broken.push(`${page}: ${raw} (no id "${fragment}")`);
    }
  }
  return broken;
}

/** URLs written "/x" that skip the base: they work at a domain's root and break under /<repo>/. */
export function rootAbsoluteUrls(outDir: string = OUT_DIR, base: string = BASE): string[] {
  const found: string[] = [];
  for (const page of builtPages(outDir)) {
    const doc = documentOf(page, outDir);
    for (const attr of URL_ATTRIBUTES) {
      for (const el of doc.querySelectorAll(`[${attr.replace(':', '\\:')}]`)) {
        const value = el.getAttribute(attr) ?? '';
        if (value.startsWith('/') && !value.startsWith('//') && !`${value}/`.startsWith(base)) {
          found.push(`${page}: <${el.tagName.toLowerCase()} ${attr}="${value}">`);
        }
      }
    }
    for (const el of doc.querySelectorAll('[srcset]')) {
      for (const candidate of (el.getAttribute('srcset') ?? '').split(',')) {
        const value = candidate.trim().split(/\s+/)[0] ?? '';
        if (value.startsWith('/') && !value.startsWith(base)) found.push(`${page}: srcset "${value}"`);
      }
    }
  }
  return found;
}
