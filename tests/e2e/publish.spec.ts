/**
 * Publishable anywhere, under a strict CSP. Run against the default build and, by `npm run test:base`,
 * against a build made for BASE_PATH=/superfactory/ (a GitHub Pages project site) with a SITE_URL.
 * Over the built HTML: links, assets and anchors resolve under the base; nothing is root-absolute past
 * it; absolute URLs only when SITE_URL is set; every page carries the policy first in <head> and it
 * lists every inline script. In Chromium (base build only, where the other specs do not look): every
 * page, search, the globe and the widgets' workers run with no failed request and no CSP violation.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { inlineScriptHash } from '../../src/lib/csp/policy';
import { joinBase, joinSite, withoutBase } from '../../src/lib/site-url';
import { headersForPath, parseHeadersFile } from '../headers-file';
import { BASE, brokenInternalLinks, documentOf, fileFor, rootAbsoluteUrls, SITE_URL } from './built-links';
import { builtPages, collectPageErrors, noProblems, OUT_DIR } from './helpers';

const pages = builtPages();
const underBase = BASE !== '/';
const EXECUTABLE = new Set(['', 'module', 'text/javascript', 'application/javascript']);

function policyOf(doc: Document): Map<string, string[]> {
  const content = doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
  return new Map(
    content
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name ?? '', sources]),
  );
}

test.describe(`built HTML (base ${BASE}, ${SITE_URL ? `site ${SITE_URL}` : 'no SITE_URL'})`, () => {
  test('every internal link, asset and #fragment resolves under the base', () => {
    expect(brokenInternalLinks()).toEqual([]);
  });

  test('no URL is written root-absolute past the base', () => {
    test.skip(!underBase, 'at the root every "/x" is right; npm run test:base checks a build under /superfactory/');
    expect(rootAbsoluteUrls()).toEqual([]);
  });

  test('absolute URLs come from SITE_URL, or are left out', () => {
    for (const page of pages.filter((p) => p !== '/404.html')) {
      const doc = documentOf(page);
      const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
      expect(canonical, page).toBe(joinSite(SITE_URL, BASE, page));
      const cite = doc.querySelector('.cite-page__text')?.textContent ?? '';
      if (SITE_URL && cite) expect(cite, page).toContain(joinSite(SITE_URL, BASE, page));
      const ogImage = doc.querySelector('meta[property="og:image"]')?.getAttribute('content');
      if (ogImage) expect(ogImage.startsWith(`${SITE_URL}${BASE}og/`), page).toBe(true);
      expect(doc.documentElement.outerHTML, page).not.toContain('superfactory.example.org');
    }
    const sitemaps = readdirSync(OUT_DIR).filter((f) => f.startsWith('sitemap'));
    expect(sitemaps.length > 0, 'a sitemap exactly when SITE_URL is set').toBe(Boolean(SITE_URL));
  });

  test("embeds' oEmbed documents and discovery links point under the base, at files the build made", () => {
    const ids = readdirSync(join(OUT_DIR, 'embed'));
    expect(ids.length).toBeGreaterThan(0);
    const at = (path: string) => (SITE_URL ? joinSite(SITE_URL, BASE, path) : joinBase(BASE, path));
    const wrong: string[] = [];
    const expectUrl = (what: string, url: string | null | undefined, path: string) => {
      if (url !== at(path)) wrong.push(`${what}: ${url} is not ${at(path)}`);
      if (!existsSync(fileFor(path))) wrong.push(`${what}: no file for ${path}`);
    };
    for (const id of ids) {
      const doc = JSON.parse(readFileSync(join(OUT_DIR, 'embed', id, 'oembed.json'), 'utf8')) as {
        html: string;
        thumbnail_url: string;
        provider_url: string;
      };
      expectUrl(`${id} iframe`, /<iframe src="([^"]+)"/.exec(doc.html)?.[1], `/embed/${id}/`);
      expectUrl(`${id} thumbnail`, doc.thumbnail_url, `/embed/${id}/preview.png`);
      expectUrl(`${id} provider`, doc.provider_url, '/');
    }
    let discovered = 0;
    for (const page of pages) {
      for (const link of documentOf(page).querySelectorAll('link[type="application/json+oembed"]')) {
        discovered += 1;
        const href = link.getAttribute('href') ?? '';
        const id = /\/embed\/([\w-]+)\/oembed\.json$/.exec(href)?.[1] ?? '?';
        expectUrl(`${page} discovery`, href, `/embed/${id}/oembed.json`);
      }
    }
    expect(discovered).toBeGreaterThan(ids.length);
    expect(wrong).toEqual([]);
  });

  test('every page carries the CSP first in <head>, and it lists each inline script', () => {
    for (const page of pages) {
      const doc = documentOf(page);
      const metas = doc.querySelectorAll('meta[http-equiv="content-security-policy"]');
      expect(metas.length, `${page}: one CSP <meta>`).toBe(1);
      const first = doc.head.querySelector('script, link, style, base');
      expect(first && metas[0]?.compareDocumentPosition(first), `${page}: policy before any resource`).toBe(
        4, // Node.DOCUMENT_POSITION_FOLLOWING
      );
      const policy = policyOf(doc);
      const scriptSrc = policy.get('script-src') ?? [];
      expect(scriptSrc, page).toContain("'self'");
      expect(
        scriptSrc.filter((s) => /unsafe-inline|'unsafe-eval'|\*/.test(s)),
        page,
      ).toEqual([]);
      expect(policy.get('object-src'), page).toEqual(["'none'"]);
      expect(policy.get('base-uri'), page).toEqual(["'self'"]);
      expect(doc.querySelector('meta[name="referrer"]')?.getAttribute('content'), page).toBeTruthy();
      for (const script of doc.querySelectorAll('script:not([src])')) {
        if (!EXECUTABLE.has((script.getAttribute('type') ?? '').toLowerCase())) continue; // data blocks never run
        const hash = `'${inlineScriptHash(script.textContent ?? '')}'`;
        expect(scriptSrc, `${page}: inline script ${script.textContent?.slice(0, 60)}`).toContain(hash);
      }
      // Inline styles and handlers would need 'unsafe-inline' (or hashes) that the policy does not give.
      const styleSrc = policy.get('style-src') ?? [];
      if (!styleSrc.some((s) => s.startsWith("'sha"))) expect(doc.querySelectorAll('style').length, page).toBe(0);
      expect(doc.querySelectorAll('[style]').length, `${page}: style attributes`).toBe(0);
      const handlers = [...doc.querySelectorAll('*')].flatMap((el) =>
        [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `<${el.tagName} ${a.name}>`),
      );
      expect(handlers, page).toEqual([]);
    }
  });
});

/** Records CSP violations the page reports (Chromium also logs them as console errors). */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
  return () =>
    page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []).catch(() => []);
}

/** Scrolls down a screen at a time so lazy parts (globe, widgets, charts) start, then lets the network settle. */
async function readToTheEnd(page: Page): Promise<void> {
  for (let i = 0; i < 40; i++) {
    const atEnd = await page.evaluate(() => {
      window.scrollBy(0, window.innerHeight);
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
    });
    await page.waitForTimeout(50);
    if (atEnd) break;
  }
  await page.waitForLoadState('networkidle');
}

test.describe(`in Chromium under ${BASE}`, () => {
  test.skip(!underBase, 'runs in npm run test:base, on the build under /superfactory/');
  test.describe.configure({ timeout: 180_000 });

  test('every page loads all it asks for, with no CSP violation', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const violations = await recordViolations(page);
    const failures: string[] = [];
    for (const path of pages) {
      const problems = collectPageErrors(page);
      await page.goto(joinBase(BASE, path));
      await readToTheEnd(page);
      const seen = await violations();
      if (seen.length) failures.push(`${path}: ${seen.join('; ')}`);
      if (JSON.stringify(problems) !== JSON.stringify(noProblems))
        failures.push(`${path}: ${JSON.stringify(problems)}`);
      page.removeAllListeners();
    }
    expect(failures).toEqual([]);
  });

  test('each embed page and its oEmbed document are served under the base', async ({ request }) => {
    for (const id of readdirSync(join(OUT_DIR, 'embed'))) {
      const page = await request.get(joinBase(BASE, `/embed/${id}/`));
      expect(page.status(), id).toBe(200);
      const oembed = await request.get(joinBase(BASE, `/embed/${id}/oembed.json`));
      expect(oembed.headers()['content-type'], id).toMatch(/^application\/json/);
      const { html } = (await oembed.json()) as { html: string };
      // The frame it hands a consumer, fetched from this server whatever site URL it names.
      const src = new URL(/<iframe src="([^"]+)"/.exec(html)?.[1] ?? '', 'http://site');
      expect(src.pathname, id).toBe(joinBase(BASE, `/embed/${id}/`));
      expect((await request.get(src.pathname)).status(), id).toBe(200);
    }
  });

  test('search loads its index and WebAssembly under the policy and links under the base', async ({ page }) => {
    const violations = await recordViolations(page);
    const problems = collectPageErrors(page);
    await page.goto(joinBase(BASE, '/chapters/'));
    await page.getByRole('button', { name: 'Search' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Search the chapters' });
    await dialog.getByRole('searchbox').fill('Fairwater');
    const hit = dialog.locator('a.search-result__title').first();
    await expect(hit).toHaveAttribute('href', new RegExp(`^${BASE}chapters/`));
    await hit.click();
    await expect(page).toHaveURL(new RegExp(`${BASE}chapters/`));
    expect(await violations()).toEqual([]);
    expect(problems).toEqual(noProblems);
  });

  test('the globe draws with WebGL and each widget answers from its worker', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const violations = await recordViolations(page);
    const problems = collectPageErrors(page);
    await page.goto(joinBase(BASE, '/explore/globe/'));
    await expect(page.locator('sf-globe')).toHaveAttribute('data-mode', '3d', { timeout: 30_000 });
    expect(await violations()).toEqual([]);
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    for (const id of ['latency', 'step', 'utilisation']) {
      await page.goto(joinBase(BASE, `/widgets/${id}/`));
      const root = page.locator(`sf-widget[data-widget="${id}"]`);
      await expect(root).toHaveAttribute('data-ready', 'true', { timeout: 15_000 });
      const output = root.locator('[data-output]');
      const before = await output.textContent();
      await page.fill(id === 'latency' ? '#latency-rf-n' : `#${id}-km-n`, id === 'latency' ? '2' : '3000');
      await expect.poll(() => output.textContent(), { timeout: 15_000 }).not.toBe(before);
      expect(await violations(), id).toEqual([]);
    }
    expect(
      workers.every((u) => new URL(u).pathname.startsWith(`${BASE}_astro/`)),
      workers.join(' '),
    ).toBe(true);
    expect(workers.length).toBeGreaterThan(0);
    expect(problems).toEqual(noProblems);
  });
});

test.describe('served with public/_headers (as Netlify and Cloudflare Pages send it)', () => {
  test.skip(!underBase, 'runs in npm run test:base');
  const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));

  /** Adds the file's headers to every response, so workers get the policy too (a <meta> reaches no worker). */
  async function serveWithHeaders(page: Page): Promise<void> {
    await page.context().route('**/*', async (route) => {
      const response = await route.fetch();
      const path = withoutBase(new URL(route.request().url()).pathname, BASE);
      const extra = Object.fromEntries(headersForPath(rules, path));
      await route.fulfill({ response, headers: { ...response.headers(), ...extra } });
    });
  }

  test('search, the globe and the widgets still work', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await serveWithHeaders(page);
    const violations = await recordViolations(page);
    const problems = collectPageErrors(page);
    const response = await page.goto(joinBase(BASE, '/chapters/'));
    expect(response?.headers()['content-security-policy']).toContain("object-src 'none'");
    await page.getByRole('button', { name: 'Search' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Search the chapters' });
    await dialog.getByRole('searchbox').fill('Fairwater');
    await expect(dialog.locator('a.search-result__title').first()).toBeVisible();
    await page.goto(joinBase(BASE, '/explore/globe/'));
    await expect(page.locator('sf-globe')).toHaveAttribute('data-mode', '3d', { timeout: 30_000 });
    await page.goto(joinBase(BASE, '/widgets/step/'));
    const root = page.locator('sf-widget[data-widget="step"]');
    await expect(root).toHaveAttribute('data-ready', 'true', { timeout: 15_000 });
    const before = await root.locator('[data-output]').textContent();
    await page.fill('#step-km-n', '3000');
    await expect.poll(() => root.locator('[data-output]').textContent(), { timeout: 15_000 }).not.toBe(before);
    expect(await violations()).toEqual([]);
    expect(problems).toEqual(noProblems);
  });
});
