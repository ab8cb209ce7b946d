import { type Browser, chromium, expect, type Page, test } from '@playwright/test';
import { chromiumLaunchOptions } from '../../scripts/chromium';
import { distinctColours } from './pixels';

const URL = '/explore/campus/';

type Hooked = HTMLElement & {
  sfTest?: {
    debug(): Record<string, number>;
    setPowerMw(mw: number): void;
    teardown(): Record<string, number> | null;
  };
};

async function waitForMode(page: Page, mode: string) {
  await expect(page.locator('sf-campus')).toHaveAttribute('data-mode', mode, { timeout: 30_000 });
}
const debug = (page: Page) => page.locator('sf-campus').evaluate((el) => (el as Hooked).sfTest?.debug() ?? {});

test.describe('campus with WebGL', () => {
  test('draws racks and the slider grows the campus through the engine', async ({ page }) => {
    await page.goto(URL);
    await waitForMode(page, '3d');
    await expect.poll(async () => (await debug(page)).frames ?? 0).toBeGreaterThan(0);
    const before = await debug(page);
    expect(before.racks).toBeGreaterThan(0);
    expect(await distinctColours(page, await page.locator('.campus-canvas').screenshot())).toBeGreaterThan(8);
    const racksText = await page.locator('sf-campus [data-r="racks"]').textContent();
    const slider = page.locator('sf-campus [data-power]');
    await slider.focus();
    for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
    await expect(page.locator('sf-campus [data-r="racks"]')).not.toHaveText(racksText ?? '');
    expect((await debug(page)).racks).toBeGreaterThan(before.racks ?? 0);
    await expect(page).toHaveURL(/campus\.mw=\d+/);
  });

  test('20,000 racks and more take a handful of draw calls', async ({ page }) => {
    await page.goto(URL);
    await waitForMode(page, '3d');
    await page.locator('sf-campus [data-power]').focus();
    // Any frame drawn after End is pressed draws the new layout (it is set before the frame runs).
    const frames = (await debug(page)).frames ?? 0;
    await page.keyboard.press('End');
    await expect.poll(async () => (await debug(page)).racks ?? 0).toBeGreaterThanOrEqual(20_000);
    await expect.poll(async () => (await debug(page)).frames ?? 0).toBeGreaterThan(frames);
    const info = await debug(page);
    // Ground, substation and one instanced mesh per kind: racks, slabs, shells, supply, return, feeders.
    expect(info.calls).toBeLessThanOrEqual(8);
    expect(info.calls).toBeGreaterThanOrEqual(6);
  });

  test('out-of-range power in the URL is clamped with a notice', async ({ page }) => {
    await page.goto(`${URL}?v=1&campus.mw=99999999`);
    await waitForMode(page, '3d');
    await expect(page.locator('sf-campus [data-notices]')).toContainText('out of range');
    await expect(page.locator('sf-campus [data-power]')).toHaveValue('4000');
  });

  test('teardown frees every GPU geometry and texture', async ({ page }) => {
    await page.goto(URL);
    await waitForMode(page, '3d');
    await expect.poll(async () => (await debug(page)).frames ?? 0).toBeGreaterThan(0);
    const memory = await page.locator('sf-campus').evaluate((el) => (el as Hooked).sfTest?.teardown());
    expect(memory).toEqual({ geometries: 0, textures: 0 });
  });
});

test.describe('campus on a touch screen', () => {
  test.use({ hasTouch: true, viewport: { width: 375, height: 740 } });
  test('lets a vertical swipe scroll the page until a tap engages the campus', async ({ page }) => {
    await page.goto(URL);
    await waitForMode(page, '3d');
    const stage = page.locator('sf-campus [data-stage]');
    await stage.scrollIntoViewIfNeeded();
    expect(await stage.evaluate((e) => getComputedStyle(e).touchAction)).toBe('pan-y');
    const box = await stage.boundingBox();
    if (!box) throw new Error('no stage');
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await expect(stage).toHaveClass(/is-engaged/);
    expect(await stage.evaluate((e) => getComputedStyle(e).touchAction)).toBe('none');
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height + 60);
    await expect(stage).not.toHaveClass(/is-engaged/);
  });
});

test.describe('campus with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('draws nothing while idle', async ({ page }) => {
    await page.goto(URL);
    await waitForMode(page, '3d');
    await expect.poll(async () => (await debug(page)).frames ?? 0).toBeGreaterThan(0);
    const a = await page.locator('.campus-canvas').screenshot();
    const frames = (await debug(page)).frames;
    await page.waitForTimeout(1000);
    expect((await debug(page)).frames).toBe(frames);
    expect(a.equals(await page.locator('.campus-canvas').screenshot())).toBe(true);
  });
});

test.describe('campus without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('shows the schematic floor plan with its readouts', async ({ page }) => {
    await page.goto(URL);
    await expect(page.locator('sf-campus [data-plan]')).toBeVisible();
    await expect(page.locator('sf-campus [data-plan] .plan-rows rect')).not.toHaveCount(0);
    await expect(page.locator('.campus-badge')).toHaveText('Schematic');
    await expect(page.locator('sf-campus [data-r="gpus"]')).toHaveText(/\d/);
  });
});

test.describe('campus without WebGL', () => {
  let browser: Browser;
  test.beforeAll(async () => {
    browser = await chromium.launch(chromiumLaunchOptions('none'));
  });
  test.afterAll(async () => {
    await browser.close();
  });

  test('the floor plan follows the slider, with no console error', async ({ baseURL }) => {
    const page = await browser.newPage({ baseURL: baseURL ?? '' });
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(URL);
    await waitForMode(page, 'plan');
    const rows = page.locator('sf-campus [data-plan] .plan-rows rect');
    const before = await rows.count();
    await page.locator('sf-campus [data-power]').focus();
    await page.keyboard.press('End');
    await expect.poll(() => rows.count()).toBeGreaterThan(before);
    expect(errors).toEqual([]);
    await page.close();
  });
});
