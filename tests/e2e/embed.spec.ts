/**
 * Embeds as a blogger uses them: a fixture blog page served from a second local origin (another port)
 * frames each interactive with the snippet's own sandbox and the host script; the frame renders, takes
 * its content's height, restores its state from the URL, passes axe and raises no error. Once more under
 * sandbox="allow-scripts" alone (as WordPress sets it), with public/_headers applied (CORS on /_astro/*):
 * the build-time picture and table, no broken globe. And the snippet copied from the Embed dialog
 * reproduces the state on screen.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import AxeBuilder from '@axe-core/playwright';
import { type BrowserContext, expect, type FrameLocator, type Page, test } from '@playwright/test';
import { embedSrc, iframeSnippet } from '../../src/lib/embed/snippet';
import { joinBase, normalizeBase, withoutBase } from '../../src/lib/site-url';
import { headersForPath, parseHeadersFile } from '../headers-file';
import { collectPageErrors, noProblems, OUT_DIR } from './helpers';

const BASE = normalizeBase(process.env.BASE_PATH);
const HEADER_RULES = parseHeadersFile(readFileSync('public/_headers', 'utf8'));

/** The embeds the build made, read from their oEmbed documents (the catalogue imports JSON Playwright cannot). */
const EMBEDS = readdirSync(`${OUT_DIR}/embed`).map((id) => {
  const doc = JSON.parse(readFileSync(`${OUT_DIR}/embed/${id}/oembed.json`, 'utf8')) as {
    title: string;
    height: number;
  };
  const kind = id === 'globe' || id === 'campus' ? id : 'widget';
  return {
    id,
    kind,
    title: doc.title,
    heightPx: doc.height,
    pagePath: kind === 'widget' ? `/widgets/${id}/` : `/explore/${id}/`,
  };
});
const embedPath = (id: string) => `/embed/${id}/`;

/** A state per embed that differs from its default, and the control that must show it. */
const SAMPLE_STATE: Record<string, { query: string; control: string; value: string }> = {
  latency: { query: 'latency.rf=1.7', control: '#latency-rf-n', value: '1.7' },
  step: { query: 'step.km=3000', control: '#step-km-n', value: '3000' },
  utilisation: { query: 'utilisation.km=2500', control: '#utilisation-km-n', value: '2500' },
  train: { query: 'train.km=2500', control: '#train-km-n', value: '2500' },
  globe: { query: 'globe.slow=777', control: 'select[data-slowdown]', value: '777' },
  campus: { query: 'campus.mw=800', control: '#campus-power', value: '800' },
};

/** The second origin: serves whatever blog page a test registers. */
const posts = new Map<string, string>();
let blog: Server;
let blogOrigin = '';
test.beforeAll(async () => {
  blog = createServer((req, res) => {
    const body = posts.get(req.url ?? '');
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => blog.listen(0, '127.0.0.1', resolve));
  blogOrigin = `http://localhost:${(blog.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => blog.close(() => resolve())));

function post(name: string, bodyHtml: string): string {
  posts.set(
    `/${name}.html`,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>A blog post</title><style>main{max-width:640px;margin:auto}</style></head><body><main><h1>A blog post</h1><p>Some text before the figure.</p>${bodyHtml}<p>Some text after.</p></main></body></html>`,
  );
  return `${blogOrigin}/${name}.html`;
}

/** Sends public/_headers with every response of the embed site, as Netlify and Cloudflare Pages would. */
async function serveWithHeaders(context: BrowserContext, siteOrigin: string): Promise<void> {
  await context.route(`${siteOrigin}/**`, async (route) => {
    const response = await route.fetch();
    const path = withoutBase(new URL(route.request().url()).pathname, BASE);
    await route.fulfill({
      response,
      headers: { ...response.headers(), ...Object.fromEntries(headersForPath(HEADER_RULES, path)) },
    });
  });
}

const siteUrl = (baseURL: string | undefined, path: string) => new URL(joinBase(BASE, path), baseURL).href;

async function expectLive(frame: FrameLocator, kind: string): Promise<void> {
  if (kind === 'widget')
    await expect(frame.locator('sf-widget')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  else await expect(frame.locator(`sf-${kind}`)).not.toHaveAttribute('data-mode', 'static', { timeout: 30_000 });
}

/** The frame's height equals its content's (± 2 px), whatever the snippet stated. */
async function expectFitted(page: Page, selector: string): Promise<number> {
  const frame = page.locator(selector);
  const fitted = async () => {
    const inner = await frame
      .contentFrame()
      .locator('body')
      .evaluate((b) => Math.ceil(b.getBoundingClientRect().height));
    const outer = await frame.evaluate((f) => f.getBoundingClientRect().height);
    return Math.abs(inner - outer) <= 2 ? outer : -1;
  };
  let height = -1;
  await expect
    .poll(
      async () => {
        height = await fitted();
        return height;
      },
      { timeout: 15_000 },
    )
    .toBeGreaterThan(0);
  return height;
}

test.describe('embedded in a blog on another origin', () => {
  test.describe.configure({ mode: 'serial' });

  for (const embed of EMBEDS) {
    test(`${embed.id}: renders live with the snippet's sandbox, fits its content, restores its state, passes axe`, async ({
      page,
      baseURL,
    }) => {
      const sample = SAMPLE_STATE[embed.id];
      test.skip(!sample, `no sample state for ${embed.id}: add one to SAMPLE_STATE`);
      if (!sample) return;
      const problems = collectPageErrors(page);
      const src = embedSrc({ pageUrl: siteUrl(baseURL, embedPath(embed.id)), state: `v=1&${sample.query}` });
      const snippet = iframeSnippet({
        src,
        title: embed.title,
        heightPx: 300,
        hostScriptUrl: siteUrl(baseURL, '/embed.js'),
      });
      await page.goto(post(`live-${embed.id}`, snippet));
      const frame = page.frameLocator('iframe');
      await expectLive(frame, embed.kind);
      await expect(frame.locator(sample.control)).toHaveValue(sample.value);
      await expect(frame.locator('.embed-attribution')).toContainText(/engine .* data .* figures as of/);
      const height = await expectFitted(page, 'iframe');
      console.log(`embed ${embed.id}: content height ${height} px in a 640 px column`);
      const axe = await new AxeBuilder({ page }).include('iframe').analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
      // The blog's own origin saw our requests as "other origins"; only errors count here.
      expect({ ...problems, otherOrigins: [] }).toEqual(noProblems);
    });
  }

  test('frozen and dark: the scenario without controls, in the theme asked for, still fitted', async ({
    page,
    baseURL,
  }) => {
    const src = embedSrc({
      pageUrl: siteUrl(baseURL, embedPath('step')),
      state: 'v=1&step.km=3000',
      frozen: true,
      theme: 'dark',
    });
    await page.goto(
      post(
        'frozen',
        iframeSnippet({ src, title: 'Step', heightPx: 300, hostScriptUrl: siteUrl(baseURL, '/embed.js') }),
      ),
    );
    const frame = page.frameLocator('iframe');
    await expectLive(frame, 'widget');
    await expect(frame.locator('.widget-controls')).toBeHidden();
    await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(frame.locator('[data-output]')).toBeVisible();
    await expectFitted(page, 'iframe');
  });

  test('sandbox="allow-scripts" alone: every embed is its still picture and table, with no error', async ({
    page,
    baseURL,
  }) => {
    const siteOrigin = new URL(baseURL ?? '').origin;
    await serveWithHeaders(page.context(), siteOrigin);
    const problems = collectPageErrors(page);
    const frames = EMBEDS.map(
      (e) =>
        `<iframe src="${siteUrl(baseURL, embedPath(e.id))}?v=1" title="${e.title}" width="100%" height="${e.heightPx}" sandbox="allow-scripts" data-superfactory-embed></iframe>`,
    ).join('\n');
    await page.goto(post('strict', frames));
    for (const [i, embed] of EMBEDS.entries()) {
      const frame = page.frameLocator('iframe').nth(i);
      await expect(frame.locator('.embed-still')).toBeVisible();
      await expect(frame.locator('.embed-still a')).toHaveAttribute('href', joinBase(BASE, embed.pagePath));
      if (embed.kind === 'widget') {
        // The build-time outputs: readouts, chart and the table of inputs and outputs.
        await expect(frame.locator('[data-output]')).toBeVisible();
        await expect(frame.locator('[data-output] table.widget-io').first()).toBeAttached();
      } else {
        await expect(frame.locator(`sf-${embed.kind}`)).toHaveAttribute('data-mode', 'static');
        await expect(frame.locator(`sf-${embed.kind} svg`).first()).toBeVisible();
      }
    }
    // Module scripts loaded (CORS allowed them) and stood down: the still figures are by choice.
    const opaque = await page.frames()[1]?.evaluate(() => self.origin);
    expect(opaque).toBe('null');
    expect({ ...problems, otherOrigins: [] }).toEqual(noProblems);
  });
});

test('the Embed dialog gives the snippet of the state on screen, and pasted in a blog it reproduces it', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL ?? '').origin });
  const problems = collectPageErrors(page);
  await page.goto(joinBase(BASE, '/widgets/step/'));
  const root = page.locator('sf-widget[data-widget="step"]');
  await expect(root).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  await page.fill('#step-km-n', '3300');
  await expect(page).toHaveURL(/step\.km=3300/);
  const output = await root.locator('[data-output]').textContent();

  const open = root.getByRole('button', { name: 'Embed' });
  await open.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: /Embed/ });
  await expect(dialog).toBeVisible();
  // The preview reports its height and the snippet takes it.
  await expect(dialog.getByLabel('Iframe snippet')).not.toHaveValue(/height="1790"/, { timeout: 15_000 });
  const previewHeight = await dialog.locator('iframe').getAttribute('height');
  await expect(dialog.getByLabel('Iframe snippet')).toHaveValue(new RegExp(`height="${previewHeight}"`));
  // Scoped to the dialog: the page's own h1 is inert behind the modal, so axe's page-level rule misfires;
  // the preview is an embed page, checked inside a blog above.
  const axe = await new AxeBuilder({ page })
    .include('dialog')
    .exclude('dialog iframe')
    .disableRules(['page-has-heading-one'])
    .analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  await dialog.getByRole('button', { name: 'Copy snippet' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Copied.');
  const snippet = await page.evaluate(() => navigator.clipboard.readText());
  expect(snippet).toContain('sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"');
  expect(snippet).toContain('loading="lazy"');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();
  expect({ ...problems, otherOrigins: [] }).toEqual(noProblems);

  const blogPage = await context.newPage();
  await blogPage.goto(post('pasted', snippet));
  const frame = blogPage.frameLocator('iframe');
  await expectLive(frame, 'widget');
  await expect(frame.locator('#step-km-n')).toHaveValue('3300');
  await expect.poll(() => frame.locator('[data-output]').textContent(), { timeout: 15_000 }).toBe(output);
});
