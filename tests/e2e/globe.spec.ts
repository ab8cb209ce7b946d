import { type Browser, chromium, expect, type Page, test } from '@playwright/test';
import { chromiumLaunchOptions } from '../../scripts/chromium';
import { presetTheme } from './helpers';
import { distinctColours, shareOfColour } from './pixels';

const URL = '/explore/globe/';

type Hooked = HTMLElement & {
  sfTest?: {
    mode(): string;
    debug(): Record<string, number>;
    teardown(): Promise<Record<string, number> | null>;
  };
};

async function waitForMode(page: Page, mode: string) {
  await expect(page.locator('sf-globe')).toHaveAttribute('data-mode', mode, { timeout: 30_000 });
}

async function frames(page: Page): Promise<number> {
  return page.locator('sf-globe').evaluate((el) => (el as Hooked).sfTest?.debug().frames ?? 0);
}

/** A click on open ground in the middle of the globe (Playwright scrolls the stage into view first). */
async function clickStageCentre(page: Page) {
  const stage = page.locator('sf-globe [data-stage]');
  await stage.scrollIntoViewIfNeeded();
  const box = await stage.boundingBox();
  if (!box) throw new Error('no stage');
  await stage.click({ position: { x: box.width / 2, y: box.height * 0.7 } });
}

test.describe('globe with WebGL', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`the ocean is drawn in the ${theme} theme's surface colour`, async ({ page }) => {
      await presetTheme(page, theme);
      await page.goto(URL);
      await waitForMode(page, '3d');
      await expect.poll(() => frames(page)).toBeGreaterThan(0);
      const shot = await page.locator('.globe-canvas').screenshot();
      expect(await shareOfColour(page, shot, 'var(--color-surface)')).toBeGreaterThan(0.05);
    });
  }

  test('draws a globe that is not blank and does not load three.js up front', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.goto(URL);
    await waitForMode(page, '3d');
    await expect.poll(() => frames(page)).toBeGreaterThan(0);
    const shot = await page.locator('.globe-canvas').screenshot();
    expect(await distinctColours(page, shot)).toBeGreaterThan(8);
    // The three.js chunk comes after the page's own script, by dynamic import.
    expect(scripts.findIndex((u) => u.includes('globe-view'))).toBeGreaterThan(0);
  });

  test('clicking a marker opens its card with sourced figures', async ({ page }) => {
    await page.goto(URL);
    await waitForMode(page, '3d');
    await page.locator('sf-globe [data-site-button="fairwater-atlanta"]').click();
    const card = page.locator('sf-globe [data-card="fairwater-atlanta"]');
    await expect(card).toBeVisible();
    await expect(card.locator('.badge').first()).toBeVisible();
    await expect(page).toHaveURL(/globe\.site=fairwater-atlanta/);
  });

  test('keyboard alone reaches every site and opens its card', async ({ page }) => {
    await page.goto(URL);
    await waitForMode(page, '3d');
    const ids = await page
      .locator('[data-site-button]')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.siteButton ?? ''));
    expect(ids.length).toBeGreaterThan(1);
    await page.locator('sf-globe [data-stage]').focus();
    for (const id of ids) {
      await page.keyboard.press('Tab');
      await expect(page.locator(`[data-site-button="${id}"]`)).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page.locator(`[data-card="${id}"]`)).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(page.locator(`[data-card="${id}"]`)).toBeHidden();
      await expect(page.locator(`[data-site-button="${id}"]`)).toBeFocused();
    }
  });

  test('arrow keys and + turn and zoom the globe, the URL follows, state lines load when zoomed in', async ({
    page,
  }) => {
    await page.goto(URL);
    await waitForMode(page, '3d');
    await page.locator('sf-globe [data-stage]').focus();
    const states = page.waitForRequest((r) => r.url().includes('states-10m'));
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('+');
    await expect(page).toHaveURL(/globe\.lon=.*globe\.z=/);
    // Zoomed in on the US, the state lines load (and only then).
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await states;
  });

  test('a forced context loss shows the picture, then recovers', async ({ page }) => {
    await page.goto(URL);
    await waitForMode(page, '3d');
    await page.evaluate(() => {
      const canvas = document.querySelector('.globe-canvas') as HTMLCanvasElement;
      const ext = canvas.getContext('webgl2')?.getExtension('WEBGL_lose_context');
      (window as unknown as { loseExt: unknown }).loseExt = ext;
      ext?.loseContext();
    });
    await waitForMode(page, 'lost');
    await expect(page.locator('sf-globe [data-static]')).toBeVisible();
    await expect(page.locator('sf-globe [data-status]')).toContainText('lost');
    await page.evaluate(() => (window as unknown as { loseExt: WEBGL_lose_context }).loseExt.restoreContext());
    await waitForMode(page, '3d');
    const before = await frames(page);
    await page.locator('sf-globe [data-stage]').focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => frames(page)).toBeGreaterThan(before);
    const shot = await page.locator('.globe-canvas').screenshot();
    expect(await distinctColours(page, shot)).toBeGreaterThan(8);
  });

  test('the sandbox site round-trips through the URL', async ({ page }) => {
    await page.goto(URL);
    await waitForMode(page, '3d');
    await page.locator('sf-globe [data-sandbox-toggle]').click();
    await clickStageCentre(page);
    await expect(page).toHaveURL(/globe\.sb=-?\d+(\.\d+)?,-?\d+(\.\d+)?/);
    const results = page.locator('sf-globe [data-sandbox-results] tbody tr');
    await expect(results).toHaveCount(await page.locator('sf-globe [data-site-button]').count());
    const firstRow = await results.first().textContent();
    expect(firstRow).toMatch(/ms/);
    await page.reload();
    await waitForMode(page, '3d');
    await expect(page.locator('sf-globe [data-sandbox-results] tbody tr').first()).toHaveText(firstRow ?? '');
  });

  test('hostile URL values are clamped or ignored with a notice', async ({ page }) => {
    await page.goto(`${URL}?v=1&globe.lat=1e9&globe.z=NaN&globe.sb=%E2%80%AE,1&__proto__=1&globe.lat=5`);
    await waitForMode(page, '3d');
    const notices = page.locator('sf-globe [data-notices]');
    await expect(notices).toBeVisible();
    await expect(notices).toContainText('globe.z');
    await expect(notices).toContainText('globe.sb');
    await expect(notices).toContainText('appears 2 times');
  });

  test('teardown frees every GPU geometry and texture', async ({ page }) => {
    await page.goto(URL);
    await waitForMode(page, '3d');
    await expect.poll(() => frames(page)).toBeGreaterThan(0);
    const memory = await page.locator('sf-globe').evaluate((el) => (el as Hooked).sfTest?.teardown());
    expect(memory).toEqual({ geometries: 0, textures: 0 });
    await expect(page.locator('.globe-canvas')).toHaveCount(0);
  });
});

test.describe('globe cards and touch', () => {
  test('clicking a site opens its card over the globe and leaves the page where it was', async ({ page }) => {
    await page.goto(URL);
    await waitForMode(page, '3d');
    const stage = page.locator('sf-globe [data-stage]');
    await stage.scrollIntoViewIfNeeded();
    const button = page.locator('sf-globe [data-site-button="fairwater-atlanta"]');
    await button.scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => window.scrollY);
    await button.click();
    const card = page.locator('sf-globe [data-card="fairwater-atlanta"]');
    await expect(card).toBeVisible();
    expect(await page.evaluate(() => window.scrollY)).toBe(before);
    const [cardBox, stageBox] = [await card.boundingBox(), await stage.boundingBox()];
    if (!cardBox || !stageBox) throw new Error('no box');
    expect(cardBox.y).toBeGreaterThanOrEqual(stageBox.y);
    expect(cardBox.y + cardBox.height).toBeLessThanOrEqual(stageBox.y + stageBox.height + 0.5);
  });

  test('comparison sites show their names', async ({ page }) => {
    await page.goto(URL);
    await waitForMode(page, '3d');
    const colossus = page.locator('sf-globe [data-site-button="xai-colossus-1"]');
    await expect(colossus).toBeVisible();
    const colour = await colossus.evaluate((e) => getComputedStyle(e).color);
    expect(colour).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
  });
});

test.describe('globe on a touch screen', () => {
  test.use({ hasTouch: true, viewport: { width: 375, height: 740 } });
  test('lets a vertical swipe scroll the page until a tap engages the globe', async ({ page }) => {
    await page.goto(URL);
    await waitForMode(page, '3d');
    const stage = page.locator('sf-globe [data-stage]');
    await stage.scrollIntoViewIfNeeded();
    expect(await stage.evaluate((e) => getComputedStyle(e).touchAction)).toBe('pan-y');
    const box = await stage.boundingBox();
    if (!box) throw new Error('no stage');
    await page.touchscreen.tap(box.x + box.width * 0.2, box.y + box.height * 0.9);
    await expect(stage).toHaveClass(/is-engaged/);
    expect(await stage.evaluate((e) => getComputedStyle(e).touchAction)).toBe('none');
  });
});

test.describe('globe in a chapter on a phone', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 740 } });
  test('a tap starts it; a site tapped opens its card over the globe as a sheet that Escape closes', async ({
    page,
  }) => {
    await page.goto('/chapters/growing-the-superfactory/');
    const globe = page.locator('sf-globe');
    const start = globe.getByRole('button', { name: 'Explore in 3D' });
    await start.scrollIntoViewIfNeeded();
    await start.tap();
    await expect(globe).toHaveAttribute('data-drawn', 'true', { timeout: 30_000 });
    // Chapter 8's view: each site's label carries its IT power, as the caption says.
    const atlanta = globe.locator('[data-site-button="fairwater-atlanta"]');
    await expect(atlanta).toHaveText(/Atlanta · ~?[\d,.]+\s[MG]W/);
    await expect(globe.locator('[data-view-caption]')).toContainText('Latest estimated IT power');
    const stage = globe.locator('[data-stage]');
    await stage.scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => window.scrollY);
    await atlanta.tap();
    const card = globe.getByRole('dialog', { name: 'Fairwater Atlanta' });
    await expect(card).toBeVisible();
    await expect(card).toBeFocused();
    expect(await page.evaluate(() => window.scrollY)).toBe(before);
    const [cardBox, stageBox] = [await card.boundingBox(), await stage.boundingBox()];
    if (!cardBox || !stageBox) throw new Error('no box');
    expect(cardBox.y).toBeGreaterThanOrEqual(stageBox.y);
    expect(cardBox.y + cardBox.height).toBeLessThanOrEqual(stageBox.y + stageBox.height + 0.5);
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();
    await expect(atlanta).toBeFocused();
  });
});

test.describe('globe with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('nothing moves while idle and the latency is shown as text', async ({ page }) => {
    await page.goto(URL);
    await waitForMode(page, '3d');
    await expect.poll(() => frames(page)).toBeGreaterThan(0);
    await expect(page.locator('sf-globe [data-pulse-clock]')).toContainText('tick');
    const canvas = page.locator('.globe-canvas');
    const a = await canvas.screenshot();
    const framesA = await frames(page);
    await page.waitForTimeout(1500);
    const b = await canvas.screenshot();
    expect(await frames(page)).toBe(framesA);
    expect(a.equals(b)).toBe(true);
  });
});

test.describe('globe site buttons', () => {
  test('every site button is at least 24 x 24 px and none covers another (Colossus 1 and 2 share a city)', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 412, height: 915 });
    await page.goto(URL);
    await waitForMode(page, '3d');
    await expect.poll(() => frames(page)).toBeGreaterThan(1);
    const boxes = await page
      .locator('sf-globe [data-site-button]:not(.is-behind)')
      .evaluateAll((els) =>
        els.map((e) => ({ id: (e as HTMLElement).dataset.siteButton ?? '', ...e.getBoundingClientRect().toJSON() })),
      );
    expect(boxes.map((b) => b.id)).toEqual(expect.arrayContaining(['xai-colossus-1', 'xai-colossus-2']));
    // Boxes sit at fractional positions, so sizes come back a few 1/64 px off: compare to 0.01 px.
    for (const b of boxes) {
      expect(b.width, b.id).toBeGreaterThanOrEqual(23.99);
      expect(b.height, b.id).toBeGreaterThanOrEqual(23.99);
    }
    const overlapping = boxes.flatMap((a, i) =>
      boxes
        .slice(0, i)
        .filter(
          (b) =>
            a.left < b.right - 0.01 && b.left < a.right - 0.01 && a.top < b.bottom - 0.01 && b.top < a.bottom - 0.01,
        )
        .map((b) => `${a.id} over ${b.id}`),
    );
    expect(overlapping).toEqual([]);
  });

  // Issue 18 changed this: scrolling near the globe used to start it; now only the reader's own press,
  // tap or focus on it does, and the picture says how ("Explore in 3D") and then that it is live.
  test('in an article the globe stays a picture, with no three.js, until the reader interacts with it', async ({
    page,
  }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/chapters/what-is-a-superfactory/', { waitUntil: 'networkidle' });
    const globe = page.locator('sf-globe');
    const start = globe.getByRole('button', { name: 'Explore in 3D' });
    await globe.scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 200);
    await expect(start).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expect(globe).toHaveAttribute('data-mode', 'static');
    expect(scripts.filter((u) => /three\.module|globe-view/.test(u))).toEqual([]);
    await start.click();
    await expect(globe).toHaveAttribute('data-drawn', 'true', { timeout: 30_000 });
    await expect(globe).toHaveAttribute('data-mode', '3d');
    expect(scripts.some((u) => u.includes('globe-view'))).toBe(true);
    await expect(start).toBeHidden();
    await expect(globe.locator('[data-live]')).toHaveText('Live 3D globe');
    // The button the reader pressed is gone; their place is the globe, not the top of the page.
    await expect(globe.locator('[data-stage]')).toBeFocused();
    await expect(globe.locator('[data-view-caption]')).toContainText('apart in a straight line');
  });
});

test.describe('globe without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('shows the static picture and the tables', async ({ page }) => {
    await page.goto(URL);
    await expect(page.locator('sf-globe [data-static]')).toBeVisible();
    expect(await page.locator('sf-globe [data-static] .g-land').getAttribute('d')).toMatch(/^M/);
    await expect(page.locator('sf-globe [data-static] .g-marker')).not.toHaveCount(0);
    await expect(page.locator('sf-globe [data-link-readout]').first()).toContainText('ms');
    await expect(page.locator('sf-globe details[data-table] table')).toHaveCount(2);
  });
});

test.describe('globe without WebGL', () => {
  let browser: Browser;
  test.beforeAll(async () => {
    browser = await chromium.launch(chromiumLaunchOptions('none'));
  });
  test.afterAll(async () => {
    await browser.close();
  });

  test('shows the 2D map and the tables, with no console error', async ({ baseURL }) => {
    const page = await browser.newPage({ baseURL: baseURL ?? '' });
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(URL);
    await waitForMode(page, 'map');
    await expect(page.locator('.globe-map')).toBeVisible();
    await expect(page.locator('.globe-map .map-land')).toHaveAttribute('d', /^M/);
    await expect(page.locator('sf-globe details[data-table]')).toHaveAttribute('open', '');
    await expect(page.locator('sf-globe details[data-table] table').first()).toBeVisible();
    await page.locator('sf-globe [data-site-button="fairwater-wisconsin"]').click();
    await expect(page.locator('sf-globe [data-card="fairwater-wisconsin"]')).toBeVisible();
    // The URL is written once the fly-to has settled; mid-flight a site button crosses the stage's centre.
    await expect(page).toHaveURL(/globe\.site=fairwater-wisconsin/);
    await page.locator('sf-globe [data-sandbox-toggle]').click();
    await clickStageCentre(page);
    await expect(page).toHaveURL(/globe\.sb=/);
    expect(errors).toEqual([]);
    await page.close();
  });
});
