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
import { unfurl } from 'unfurl.js';
import { embedSrc, iframeSnippet } from '../../src/lib/embed/snippet';
import { joinBase, normalizeBase, withoutBase } from '../../src/lib/site-url';
import { headersForPath, parseHeadersFile } from '../headers-file';
import { collectPageErrors, noProblems, OUT_DIR, startGlobe } from './helpers';

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
/** Blank the snippet's stated height may leave under the content in a 640 px column before it looks empty. */
const MAX_BLANK_PX = 48;

/** A state per embed that differs from its default, and the control that must show it. */
const SAMPLE_STATE: Record<string, { query: string; control: string; value: string }> = {
  latency: { query: 'latency.rf=1.7', control: '#latency-rf-n', value: '1.7' },
  step: { query: 'step.km=3000', control: '#step-km-n', value: '3000' },
  utilisation: { query: 'utilisation.km=2500', control: '#utilisation-km-n', value: '2500' },
  train: { query: 'train.km=2500', control: '#train-km-n', value: '2500' },
  memory: { query: 'memory.tp=3', control: '#memory-tp', value: '3' },
  failures: { query: 'failures.ohours=24', control: '#failures-ohours', value: '24' },
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
  if (kind === 'widget') {
    await expect(frame.locator('sf-widget')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
    return;
  }
  if (kind === 'globe') await startGlobe(frame.locator('sf-globe'));
  await expect(frame.locator(`sf-${kind}`)).not.toHaveAttribute('data-mode', 'static', { timeout: 30_000 });
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

  test("without the host script, each embed's stated height fits it: no inner scrollbar, no blank", async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(180_000);
    const problems = collectPageErrors(page);
    const misfits: string[] = [];
    for (const embed of EMBEDS) {
      const src = embedSrc({ pageUrl: siteUrl(baseURL, embedPath(embed.id)), state: '' });
      await page.goto(post(`plain-${embed.id}`, iframeSnippet({ src, title: embed.title, heightPx: embed.heightPx })));
      const frame = page.frameLocator('iframe');
      await expectLive(frame, embed.kind);
      // Let late layout (fonts, charts) settle before measuring.
      await page.waitForTimeout(500);
      const inner = await frame.locator('html').evaluate((html) => ({
        content: Math.ceil(document.body.getBoundingClientRect().height),
        scrolls: html.scrollHeight > html.clientHeight,
        view: html.clientHeight,
      }));
      const outer = await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
      const blank = outer - inner.content;
      console.log(`plain ${embed.id}: stated ${embed.heightPx} px, content ${inner.content} px, blank ${blank} px`);
      expect(outer, embed.id).toBe(embed.heightPx);
      if (inner.scrolls) misfits.push(`${embed.id}: content ${inner.content} px overflows ${inner.view} px`);
      if (blank > MAX_BLANK_PX) misfits.push(`${embed.id}: ${blank} px blank under ${inner.content} px of content`);
    }
    expect(misfits).toEqual([]);
    expect({ ...problems, otherOrigins: [] }).toEqual(noProblems);
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

test("framed as WordPress frames an oEmbed (strict sandbox, secret in the hash), WordPress's own message resizes it", async ({
  page,
  baseURL,
}) => {
  await serveWithHeaders(page.context(), new URL(baseURL ?? '').origin);
  const problems = collectPageErrors(page);
  const secret = 'Ab3dE6gH9k';
  // The host side as wp-includes/js/wp-embed.js does it: the frame with that data-secret whose window
  // sent {message: 'height', value, secret} takes the height, clamped to 200-1000 px.
  const receiver = `<script>addEventListener('message',function(e){var d=e.data,f=document.querySelector('iframe[data-secret="${secret}"]');if(!d||d.message!=='height'||d.secret!=='${secret}'||e.source!==f.contentWindow)return;f.height=Math.min(1000,Math.max(200,parseInt(d.value,10)));f.dataset.resized='';});</script>`;
  const src = `${siteUrl(baseURL, embedPath('campus'))}#?secret=${secret}`;
  await page.goto(
    post(
      'wordpress',
      `${receiver}<iframe src="${src}" title="Inside a superfactory" width="600" height="150" sandbox="allow-scripts" data-secret="${secret}"></iframe>`,
    ),
  );
  const frame = page.locator('iframe');
  await expect(frame).toHaveAttribute('data-resized', '', { timeout: 15_000 });
  const content = await frame
    .contentFrame()
    .locator('body')
    .evaluate((b) => Math.ceil(b.getBoundingClientRect().height));
  await expect(frame).toHaveAttribute('height', String(Math.min(1000, Math.max(200, content))));
  expect({ ...problems, otherOrigins: [] }).toEqual(noProblems);
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
  const stated = EMBEDS.find((e) => e.id === 'step')?.heightPx;
  expect(stated).toBeGreaterThan(0);
  await expect(dialog.getByLabel('Iframe snippet')).not.toHaveValue(new RegExp(`height="${stated}"`), {
    timeout: 15_000,
  });
  // The preview grows while the widget renders; the snippet follows each height it reports.
  await expect
    .poll(async () => {
      const previewHeight = await dialog.locator('iframe').getAttribute('height');
      const value = await dialog.getByLabel('Iframe snippet').inputValue();
      return value.includes(`height="${previewHeight}"`);
    })
    .toBe(true);
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

test.describe('on a phone, inside the frame', () => {
  test.use({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true });

  test('a vertical swipe over the globe or a widget scrolls the blog; only a tap engages the globe', async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const problems = collectPageErrors(page);
    const cdp = await page.context().newCDPSession(page);
    /** A finger drawn 300 px upwards from (x, y): raw touches, so Chromium decides itself what scrolls. */
    const swipeUp = async (x: number, y: number) => {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
      for (let i = 1; i <= 10; i++)
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y - i * 30 }] });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    const targets = [
      { id: 'step', over: '[data-output]' },
      { id: 'globe', over: '.globe-stage' },
    ];
    for (const { id, over } of targets) {
      const embed = EMBEDS.find((e) => e.id === id);
      if (!embed) throw new Error(`no embed ${id}`);
      const src = embedSrc({ pageUrl: siteUrl(baseURL, embedPath(id)), state: '' });
      const snippet = iframeSnippet({
        src,
        title: embed.title,
        heightPx: embed.heightPx,
        hostScriptUrl: siteUrl(baseURL, '/embed.js'),
      });
      await page.goto(post(`phone-${id}`, `${snippet}${'<p>More of the post.</p>'.repeat(80)}`));
      const frame = page.frameLocator('iframe');
      await expectLive(frame, embed.kind);
      // Swipe only once the 3D globe has drawn (an attribute, not a time): while WebGL starts the
      // main thread is busy, and a swipe then waited on it (the test once ran into its 2 min limit).
      if (id === 'globe')
        await expect(frame.locator('sf-globe')).toHaveAttribute('data-drawn', 'true', { timeout: 60_000 });
      await expectFitted(page, 'iframe');
      // Bring the target's top near the top of the phone's screen, as a reader scrolling by would.
      const top = (await frame.locator(over).first().boundingBox())?.y ?? 0;
      await page.evaluate((dy) => window.scrollBy(0, dy), top - 80);
      const box = await frame.locator(over).first().boundingBox();
      if (!box) throw new Error(`${id}: ${over} has no box`);
      // A point on the target inside the phone's screen, low enough to swipe upwards from.
      const x = box.x + box.width / 2;
      const y = Math.min(box.y + box.height, 667) - 40;
      expect(y, `${id}: ${over} on screen`).toBeGreaterThan(box.y);
      const before = await page.evaluate(() => window.scrollY);
      await swipeUp(x, y);
      await expect
        .poll(() => page.evaluate(() => window.scrollY), { message: `${id}: the blog scrolled` })
        .toBeGreaterThan(before + 150);
      if (id === 'globe') {
        const stage = frame.locator('.globe-stage');
        await expect(stage).not.toHaveClass(/is-engaged/);
        await stage.scrollIntoViewIfNeeded();
        // A touch during the swipe's fling only stops the fling (no tap): wait for the page to come to rest.
        await expect
          .poll(async () => {
            const y = await page.evaluate(() => window.scrollY);
            await page.waitForTimeout(150);
            return (await page.evaluate(() => window.scrollY)) === y;
          })
          .toBe(true);
        await expect(frame.locator('sf-globe')).toHaveAttribute('data-mode', '3d');
        // A point of the stage on screen that is the globe itself, not one of its buttons (they take no tap).
        const frameBox = await page.locator('iframe').boundingBox();
        if (!frameBox) throw new Error('no frame');
        const spot = await stage.evaluate((el, screenTop) => {
          const r = el.getBoundingClientRect();
          const top = Math.max(r.top, screenTop + 10);
          for (let y = top + 20; y < r.bottom - 10; y += 20)
            for (const x of [r.left + r.width / 2, r.left + r.width / 3, r.left + (2 * r.width) / 3]) {
              const hit = document.elementFromPoint(x, y);
              if (hit && el.contains(hit) && !hit.closest('button, a, input, select')) return { x, y };
            }
          return null;
        }, -frameBox.y);
        if (!spot) throw new Error('no bare spot of the globe on screen');
        const tapX = frameBox.x + spot.x;
        const tapY = frameBox.y + spot.y;
        expect(tapY).toBeLessThan(667 - 70);
        await page.touchscreen.tap(tapX, tapY);
        await expect(stage).toHaveClass(/is-engaged/);
        // Engaged, the same swipe turns the globe instead: the check above can tell a trap from a scroll.
        const engagedAt = await page.evaluate(() => window.scrollY);
        await swipeUp(tapX, tapY + 60);
        await page.waitForTimeout(300);
        expect(await page.evaluate(() => window.scrollY)).toBeLessThan(engagedAt + 20);
      }
    }
    expect({ ...problems, otherOrigins: [] }).toEqual(noProblems);
  });
});

test('keyboard focus enters the frame with Tab and leaves it, both ways', async ({ page, baseURL }) => {
  const embed = EMBEDS.find((e) => e.id === 'step');
  if (!embed) throw new Error('no step embed');
  const src = embedSrc({ pageUrl: siteUrl(baseURL, embedPath('step')), state: '' });
  const snippet = iframeSnippet({ src, title: embed.title, heightPx: embed.heightPx });
  await page.goto(post('keyboard', `<a href="#b" id="before">Before</a>${snippet}<a href="#a" id="after">After</a>`));
  await expectLive(page.frameLocator('iframe'), 'widget');
  const active = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName || '');
  const focusedInFrame = () =>
    page
      .frameLocator('iframe')
      .locator('body')
      .evaluate((b) => b.ownerDocument.activeElement !== b);
  /** Presses `key` until the host's focus is on `target`; returns the stops spent inside the frame. */
  const tabTo = async (key: string, target: string) => {
    let inside = 0;
    for (let i = 0; i < 120; i++) {
      await page.keyboard.press(key);
      const now = await active();
      if (now === target) return inside;
      if (now === 'IFRAME' && (await focusedInFrame())) inside += 1;
    }
    throw new Error(`${key} never reached #${target}`);
  };
  await page.locator('#before').focus();
  const forward = await tabTo('Tab', 'after');
  const backward = await tabTo('Shift+Tab', 'before');
  console.log(`keyboard: ${forward} stops inside the step embed forwards, ${backward} backwards`);
  expect(forward).toBeGreaterThan(0);
  expect(backward).toBeGreaterThan(0);
});

test('storage blocked in the frame: no cookie, no storage, no top navigation, no error', async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const siteOrigin = new URL(baseURL ?? '').origin;
  // As a browser blocking third-party storage does, harder: any touch of storage or cookies throws.
  await page.addInitScript((origin) => {
    if (location.origin !== origin) return;
    const touched: string[] = [];
    (window as unknown as { __storageTouched: string[] }).__storageTouched = touched;
    const deny = (name: string) => () => {
      touched.push(name);
      throw new DOMException(`${name} is blocked`, 'SecurityError');
    };
    for (const name of ['localStorage', 'sessionStorage', 'indexedDB', 'caches'])
      Object.defineProperty(window, name, { configurable: true, get: deny(name) });
    Object.defineProperty(Document.prototype, 'cookie', {
      configurable: true,
      get: deny('document.cookie'),
      set: deny('document.cookie'),
    });
  }, siteOrigin);
  const problems = collectPageErrors(page);
  for (const embed of EMBEDS) {
    const src = embedSrc({ pageUrl: siteUrl(baseURL, embedPath(embed.id)), state: '' });
    const snippet = iframeSnippet({
      src,
      title: embed.title,
      heightPx: embed.heightPx,
      hostScriptUrl: siteUrl(baseURL, '/embed.js'),
    });
    const host = post(`blocked-${embed.id}`, snippet);
    await page.goto(host);
    const frame = page.frameLocator('iframe');
    await expectLive(frame, embed.kind);
    await expectFitted(page, 'iframe');
    // Only the theme lookup may ask for storage (it falls back to the system's); nothing writes. It did
    // ask here (no theme in the URL), so the blocking above is in force in the frame.
    const touched = await frame
      .locator('html')
      .evaluate(() => (window as unknown as { __storageTouched: string[] }).__storageTouched);
    expect(touched, embed.id).toContain('localStorage');
    expect(
      touched.filter((t) => t !== 'localStorage'),
      embed.id,
    ).toEqual([]);
    expect(page.url(), `${embed.id}: the blog was not navigated`).toBe(host);
  }
  expect(await context.cookies()).toEqual([]);
  expect({ ...problems, otherOrigins: [] }).toEqual(noProblems);
});

test("a real oEmbed consumer (unfurl.js) follows each chapter's discovery link to its interactive", async ({
  baseURL,
}) => {
  test.skip(Boolean(process.env.SITE_URL), 'discovery links then name the public site, not this server');
  const chapters = readdirSync('content/chapters')
    .map((file) => ({
      slug: file.replace(/^\d+-/, '').replace(/\.mdx?$/, ''),
      interactive: /^interactive:\s*['"]?([\w-]+)/m.exec(readFileSync(`content/chapters/${file}`, 'utf8'))?.[1],
    }))
    .filter((c): c is { slug: string; interactive: string } => Boolean(c.interactive));
  expect(chapters.length).toBeGreaterThan(0);
  for (const { slug, interactive } of chapters) {
    const url = siteUrl(baseURL, `/chapters/${slug}/`);
    const { oEmbed } = await unfurl(url, { oembed: true });
    if (oEmbed?.type !== 'rich') throw new Error(`${slug}: no rich oEmbed (${JSON.stringify(oEmbed)})`);
    const embed = EMBEDS.find((e) => e.id === interactive);
    expect(oEmbed, slug).toMatchObject({
      version: '1.0',
      title: embed?.title,
      height: embed?.heightPx,
      provider_name: 'Superfactory',
    });
    expect(oEmbed.width, slug).toBeGreaterThan(0);
    const src = /^<iframe src="([^"]+)"[^>]* sandbox="([^"]+)"/.exec(oEmbed.html);
    expect(src?.[2], slug).toBe('allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox');
    // Without SITE_URL the document's URLs are site-relative; with it, fetch its path from this server.
    const frameUrl = new URL(new URL(src?.[1] ?? '', url).pathname, url);
    expect(withoutBase(frameUrl.pathname, BASE), slug).toBe(embedPath(interactive));
    expect((await fetch(frameUrl)).status, `${slug}: ${frameUrl}`).toBe(200);
    const thumbnailUrl = oEmbed.thumbnails?.[0]?.url;
    expect(thumbnailUrl, slug).toMatch(new RegExp(`/embed/${interactive}/preview\\.png$`));
    const thumbnail = await fetch(new URL(new URL(thumbnailUrl ?? '', url).pathname, url));
    expect(thumbnail.headers.get('content-type'), slug).toBe('image/png');
  }
});
