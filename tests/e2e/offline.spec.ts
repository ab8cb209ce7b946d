/**
 * Offline (docs/OFFLINE.md): the built site served by the kit's own LAN server (scripts/serve.mjs), not the
 * config's preview server, because the test must stop it: Playwright's offline mode does not cut a service
 * worker's own fetches. One visit online, then the server stops and the pages and their widgets still work;
 * then a changed build is served, the page offers the update, and the reader's click brings it in. Embeds
 * stay outside every worker. The kit on disk is checked without a browser.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { HOW_TO_FILE, KIT_FOLDER, SERVER_FILE } from '../../src/lib/offline/kit';
import { KIT_FILE, OFFLINE_SECTIONS, SERVICE_WORKER_FILE } from '../../src/lib/offline/sections';
import { normalizeBase } from '../../src/lib/site-url';
import { collectPageErrors, noProblems, OUT_DIR } from './helpers';

const base = normalizeBase(process.env.BASE_PATH);
const CHAPTER = 'chapters/what-training-exchanges/';
const CHAPTER_WIDGET = 'memory';
const WIDGET = 'step';
/** The workshop's pages of each kind: the guide, an exercise, the handout, the presenter and its notes. */
const WORKSHOP = [
  'workshop/',
  'workshop/exercises/',
  'workshop/exercises/light-in-fibre/',
  'workshop/handout/',
  'workshop/present/',
  'workshop/present/notes/',
];
// The config blocks service workers for every other spec.
test.use({ serviceWorkers: 'allow' });

const budgets = JSON.parse(readFileSync('tests/budgets.json', 'utf8')) as { kitBytes: number };

/** Starts scripts/serve.mjs on `dir`; resolves with its origin once it listens. */
function serve(dir: string, port = 0): Promise<{ origin: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['scripts/serve.mjs', dir, '--port', String(port), '--host', '127.0.0.1'], {
    env: { ...process.env, BASE_PATH: base },
  });
  return new Promise((done, fail) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /http:\/\/localhost:(\d+)/.exec(out);
      if (m) done({ origin: `http://127.0.0.1:${m[1]}`, child });
    });
    child.on('exit', (code) => fail(new Error(`serve.mjs exited (${code}): ${out}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });
}

/**
 * A copy of `src` made of links to its files, except `changed` (path: new text), written out: a
 * "next build" without copying megabytes.
 */
function overlay(src: string, dst: string, changed: Record<string, string>, prefix = ''): void {
  mkdirSync(dst, { recursive: true });
  for (const name of readdirSync(src)) {
    const rel = `${prefix}${name}`;
    const text = changed[rel];
    if (text !== undefined) writeFileSync(join(dst, name), text);
    else if (Object.keys(changed).some((p) => p.startsWith(`${rel}/`))) {
      overlay(join(src, name), join(dst, name), changed, `${rel}/`);
    } else symlinkSync(resolve(src, name), join(dst, name));
  }
}

/** Every section's worker installed and active, and this page controlled by one. */
async function offlineReady(page: Page): Promise<void> {
  // Polled from here: waitForFunction takes the promise an async check returns as a truthy answer.
  await expect
    .poll(
      () =>
        page.evaluate(async (count) => {
          const regs = await navigator.serviceWorker.getRegistrations();
          return (
            navigator.serviceWorker.controller !== null &&
            regs.length === count &&
            regs.every((r) => r.active && !r.installing && !r.waiting)
          );
        }, OFFLINE_SECTIONS.length),
      { timeout: 30_000 },
    )
    .toBe(true);
}

async function widgetWorks(page: Page, id: string): Promise<void> {
  const root = page.locator(`sf-widget[data-widget="${id}"]`);
  await root.scrollIntoViewIfNeeded();
  await expect(root).toHaveAttribute('data-ready', 'true', { timeout: 15_000 });
  await expect(root.locator('[data-output]')).not.toBeEmpty();
}

test('the kit holds the built site, its server and the how-to, no zip, within its budget', () => {
  const zip = readFileSync(join(OUT_DIR, KIT_FILE));
  console.log(
    `kit: ${(zip.length / 1024 / 1024).toFixed(2)} MB (budget ${(budgets.kitBytes / 1024 / 1024).toFixed(2)} MB)`,
  );
  expect(zip.length).toBeLessThanOrEqual(budgets.kitBytes);
  const files = unzipSync(zip);
  const names = Object.keys(files);
  for (const name of [
    'site/index.html',
    'site/404.html',
    'site/_headers',
    `site/${SERVICE_WORKER_FILE}`,
    HOW_TO_FILE,
  ]) {
    expect(names, name).toContain(`${KIT_FOLDER}/${name}`);
  }
  expect(strFromU8(files[`${KIT_FOLDER}/${SERVER_FILE}`] ?? new Uint8Array())).toBe(
    readFileSync('scripts/serve.mjs', 'utf8'),
  );
  expect(names.filter((n) => n.endsWith('.zip'))).toEqual([]);
});

test('after one visit the site works with its server stopped, and a new build comes in on the reader’s click', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const scratch = mkdtempSync(join(tmpdir(), 'offline-e2e-'));
  let server = await serve(OUT_DIR);
  const url = (path: string) => `${server.origin}${base}${path}`;
  try {
    const problems = collectPageErrors(page);
    await page.goto(url(CHAPTER));
    await offlineReady(page);

    // Embeds live in other sites' iframes: no worker of ours controls or covers them.
    await page.goto(url(`embed/${WIDGET}/`));
    expect(
      await page.evaluate(async () => ({
        controller: navigator.serviceWorker.controller,
        registration: (await navigator.serviceWorker.getRegistration(location.href)) ?? null,
      })),
    ).toEqual({ controller: null, registration: null });

    await stop(server.child);
    for (const path of [CHAPTER, `widgets/${WIDGET}/`, ...WORKSHOP]) {
      await page.goto(url(path));
      await expect(page.locator('main h1').first(), path).toBeVisible();
    }
    await page.goto(url(`${CHAPTER}?from=offline`));
    await widgetWorks(page, CHAPTER_WIDGET);
    await page.goto(url(`widgets/${WIDGET}/`));
    await widgetWorks(page, WIDGET);
    expect(page.workers().some((w) => w.url().includes(`${WIDGET}.worker`))).toBe(true);
    // The browser fetches a tab's icon itself, outside any service worker: with the server stopped that one
    // request may fail (and log its generic console line), which no page of ours asked for.
    const icon = problems.failedRequests.filter((r) => /\/favicon\.svg /.test(r));
    // What the page before had in flight is aborted by the next navigation; answered by the service worker,
    // Chromium may report those aborts after the new document's request (helpers.ts cannot tell). An abort is
    // never the site failing offline: that shows as refused, failed or 404.
    problems.failedRequests = problems.failedRequests.filter((r) => !r.endsWith('(net::ERR_ABORTED)'));
    problems.failedRequests = problems.failedRequests.filter((r) => !icon.includes(r));
    problems.consoleErrors = problems.consoleErrors.filter(
      (e, i, all) =>
        !(e.includes('ERR_CONNECTION_REFUSED') && all.slice(0, i + 1).filter((x) => x === e).length <= icon.length),
    );
    expect(problems).toEqual(noProblems);

    // The next build: a changed page and so a changed worker, on the same address.
    const worker = readFileSync(join(OUT_DIR, SERVICE_WORKER_FILE), 'utf8');
    const version = /"version":"([0-9a-f]+)"/.exec(worker)?.[1] ?? '';
    expect(version).not.toBe('');
    const next = `${version.slice(0, -4)}beef`;
    const chapterFile = `${CHAPTER}index.html`;
    overlay(OUT_DIR, join(scratch, 'next'), {
      [SERVICE_WORKER_FILE]: worker.replaceAll(version, next),
      [chapterFile]: readFileSync(join(OUT_DIR, chapterFile), 'utf8').replace(
        '<html lang="en"',
        '<html lang="en" data-next',
      ),
    });
    server = await serve(join(scratch, 'next'), Number(new URL(server.origin).port));

    await page.goto(url(CHAPTER));
    // Network first: the new page shows at once, never the stored one; the prompt offers the rest.
    await expect(page.locator('html[data-next]')).toHaveCount(1);
    const prompt = page.locator('[data-offline-update]');
    await expect(prompt).toBeVisible({ timeout: 30_000 });
    await expect(prompt).toContainText('new version');
    await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Reload' }).click()]);
    await expect(prompt).toBeHidden();
    // The new workers have taken over: only the new version's cache is left.
    await expect
      .poll(() => page.evaluate(() => caches.keys()), { timeout: 30_000 })
      .toEqual([expect.stringContaining(next)]);
    await expect(page.locator('html[data-next]')).toHaveCount(1);
    await offlineReady(page);
  } finally {
    await stop(server.child);
    rmSync(scratch, { recursive: true, force: true });
  }
});
