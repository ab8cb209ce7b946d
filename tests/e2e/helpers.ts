/**
 * Shared helpers for browser tests: which pages the build produced, and a recorder for everything
 * a page should never do (console errors, uncaught errors, failed requests, other origins).
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, type Locator, type Page, type Request } from '@playwright/test';

export const OUT_DIR = process.env.ASTRO_OUT_DIR ?? 'dist';

/** URL paths of every built HTML page ("/", "/chapters/x/", "/404.html"), sorted. */
export function builtPages(outDir: string = OUT_DIR): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        // Assets and search indexes hold no pages.
        if (name === '_astro' || name === 'pagefind') continue;
        walk(full);
      } else if (name.endsWith('.html')) {
        const rel = relative(outDir, full).split(sep).join('/');
        found.push(
          rel === 'index.html'
            ? '/'
            : rel.endsWith('/index.html')
              ? `/${rel.slice(0, -'index.html'.length)}`
              : `/${rel}`,
        );
      }
    }
  };
  walk(outDir);
  if (found.length === 0) throw new Error(`No built pages in ${outDir}: run the build first`);
  return found.sort();
}

export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  failedRequests: string[];
  otherOrigins: string[];
}

/**
 * Starts recording problems on `page`. Call before `page.goto`. `allowStatus` lets a page whose
 * own document is meant to fail (the 404 page) pass.
 */
export function collectPageErrors(page: Page, opts: { allowDocumentStatus?: number } = {}): PageProblems {
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], failedRequests: [], otherOrigins: [] };
  let origin: string | undefined;
  const originOf = (url: string): string | undefined => {
    try {
      return new URL(url).origin;
    } catch {
      return undefined;
    }
  };
  const isLocal = (url: string): boolean => url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank';

  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    // The browser logs the 404 page's own status as an error; that one is expected.
    if (opts.allowDocumentStatus && /status of 404/.test(msg.text())) return;
    problems.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => problems.pageErrors.push(`${err.name}: ${err.message}`));
  // Which document a request belongs to: Chromium aborts what a page (and its frames) still had in flight
  // when the test navigates on (net::ERR_ABORTED), which says nothing about the site. Counted from the
  // main frame's navigation request, which comes before those aborts (the commit may come after them).
  let documents = 0;
  const issuedIn = new WeakMap<Request, number>();
  page.on('request', (req: Request) => {
    if (req.isNavigationRequest() && req.frame() === page.mainFrame()) documents += 1;
    issuedIn.set(req, documents);
    const url = req.url();
    if (isLocal(url)) return;
    const o = originOf(url);
    if (origin === undefined && req.isNavigationRequest()) origin = o;
    if (origin !== undefined && o !== origin) problems.otherOrigins.push(url);
  });
  page.on('requestfailed', (req) => {
    const error = req.failure()?.errorText ?? 'failed';
    const leftBehind = issuedIn.get(req) === undefined || (issuedIn.get(req) ?? 0) < documents;
    if (error === 'net::ERR_ABORTED' && leftBehind) return;
    problems.failedRequests.push(`${req.url()} (${error})`);
  });
  page.on('response', (res) => {
    if (res.status() < 400) return;
    const isDocument = res.request().isNavigationRequest();
    if (isDocument && opts.allowDocumentStatus === res.status()) return;
    problems.failedRequests.push(`${res.url()} (HTTP ${res.status()})`);
  });
  return problems;
}

/** True when nothing went wrong; pass the result to `expect(...).toEqual(noProblems)`. */
export const noProblems: PageProblems = { consoleErrors: [], pageErrors: [], failedRequests: [], otherOrigins: [] };

export type Theme = 'light' | 'dark';
export const THEME_STORAGE_KEY = 'superfactory:theme';
export const UNITS_STORAGE_KEY = 'superfactory:units';

/** Makes the next navigation start with a stored theme (as if the reader chose it earlier). */
export async function presetTheme(page: Page, theme: Theme): Promise<void> {
  await page.addInitScript(
    ([key, value]) => {
      try {
        localStorage.setItem(key as string, value as string);
      } catch {
        // opaque origins (about:blank) have no storage; the real page load sets it
      }
    },
    [THEME_STORAGE_KEY, theme],
  );
}

/**
 * A globe in an article or an embed waits for the reader's own interaction: presses its "Explore in
 * 3D" button as a reader would. Waits first for the element's script to decide (the button shows, or
 * the globe starts by itself because the address carries its state), so it never races the script.
 */
export async function startGlobe(globe: Locator): Promise<void> {
  const start = globe.locator('[data-start]');
  const decided = async () => (await start.isVisible()) || (await globe.getAttribute('data-mode')) !== 'static';
  await expect.poll(decided, { timeout: 30_000 }).toBe(true);
  if (await start.isVisible()) await start.click();
}
