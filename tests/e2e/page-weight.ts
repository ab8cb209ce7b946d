/**
 * What a page costs before the reader does anything: the JavaScript, CSS and HTML it fetched during
 * load (until the network has been idle), each body gzip-sized here at level 9 so the figures are
 * bytes that do not change run to run. Shared by the budget test and `npm run bench -- budgets`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';

export interface PageWeight {
  jsGzipBytes: number;
  cssGzipBytes: number;
  htmlGzipBytes: number;
  /** Path names of the scripts fetched, to name the culprit when a budget breaks. */
  scripts: { path: string; gzipBytes: number }[];
}

export const gzipBytes = (body: Buffer | string): number => gzipSync(body, { level: 9 }).length;

/** Viewport heights that go with the two widths (a large phone, a laptop). */
export const viewportFor = (width: number): { width: number; height: number } => ({
  width,
  height: width < 600 ? 915 : 800,
});

type Kind = 'js' | 'css' | 'html';

function kindOf(res: Response): Kind | undefined {
  const type = res.request().resourceType();
  const path = new URL(res.url()).pathname;
  if (type === 'document') return 'html';
  if (type === 'script' || path.endsWith('.js') || path.endsWith('.mjs')) return 'js';
  if (type === 'stylesheet' || path.endsWith('.css')) return 'css';
  return undefined;
}

/**
 * Loads `url` in `page` (whose viewport is already set) without any input from the reader and
 * measures what came over the network. Module scripts count once each.
 */
export async function measurePageLoad(page: Page, url: string): Promise<PageWeight> {
  const bodies: Promise<void>[] = [];
  const seen = new Set<string>();
  const weight: PageWeight = { jsGzipBytes: 0, cssGzipBytes: 0, htmlGzipBytes: 0, scripts: [] };
  const onResponse = (res: Response): void => {
    const kind = kindOf(res);
    if (!kind || seen.has(res.url()) || res.status() >= 400) return;
    seen.add(res.url());
    bodies.push(
      res.body().then((body) => {
        const size = gzipBytes(body);
        if (kind === 'js') {
          weight.jsGzipBytes += size;
          weight.scripts.push({ path: new URL(res.url()).pathname, gzipBytes: size });
        } else if (kind === 'css') weight.cssGzipBytes += size;
        else weight.htmlGzipBytes += size;
      }),
    );
  };
  page.on('response', onResponse);
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
  } finally {
    page.off('response', onResponse);
  }
  // A response can land between 'networkidle' and the listener's removal: wait for every body read
  // the listener started, not only those started before the first wait.
  for (let done = 0; done < bodies.length; ) {
    const batch = bodies.slice(done);
    done = bodies.length;
    await Promise.all(batch);
  }
  weight.scripts.sort((a, b) => b.gzipBytes - a.gzipBytes);
  return weight;
}

/** gzip bytes of each Web Worker bundle in a build, by worker name ("step" for step.worker-HASH.js). */
export function workerWeights(outDir: string): Record<string, number> {
  const dir = join(outDir, '_astro');
  const found: Record<string, number> = {};
  for (const name of readdirSync(dir)) {
    const match = /^(.+)\.worker-[\w-]+\.js$/.exec(name);
    if (match?.[1]) found[match[1]] = gzipBytes(readFileSync(join(dir, name)));
  }
  return found;
}

/** True for the three.js chunk (and the globe and campus views that import it). */
export const isThreeJs = (scriptPath: string): boolean =>
  /\/three\.module\.|\/globe-view\.|\/campus-view\./.test(scriptPath);
