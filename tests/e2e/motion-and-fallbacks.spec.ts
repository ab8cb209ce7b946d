/**
 * The site for readers whose browser does less: reduced motion stops every animation (the static CSS
 * check is in built-site.spec.ts; here the browser's own list of running animations), and a chapter with
 * the globe and a widget still delivers its text, picture and results with WebGL off or JavaScript off.
 * The globe's own fallbacks and its context loss on its explore page are in globe.spec.ts, the campus's
 * fallbacks in campus.spec.ts; the campus's context loss is here.
 */
import { type Browser, chromium, expect, type Page, test } from '@playwright/test';
import { chromiumLaunchOptions } from '../../scripts/chromium';
import { collectPageErrors, noProblems } from './helpers';
import { distinctColours } from './pixels';

type CampusHook = HTMLElement & { sfTest?: { debug(): Record<string, number> } };

// A chapter with the globe and a widget (the build widget's rings pulse).
const CHAPTER = '/chapters/growing-the-superfactory/';

/** The CSS animations and transitions running now, named by animation and element class. */
function running(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    document
      .getAnimations()
      .filter((a) => a.playState === 'running')
      .map((a) => {
        const target = (a.effect as KeyframeEffect | null)?.target;
        const name = (a as CSSAnimation).animationName ?? (a as CSSTransition).transitionProperty ?? 'script';
        return `${name} on ${target?.getAttribute('class') ?? target?.tagName ?? '?'}`;
      }),
  );
}

async function startWidgets(page: Page) {
  for (const widget of await page.locator('sf-widget').all()) {
    await widget.scrollIntoViewIfNeeded();
    await expect(widget).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  }
}

test('reduced motion: nothing animates on the landing page or in a chapter with the build widget', async ({ page }) => {
  for (const path of ['/', CHAPTER]) {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(path);
    await startWidgets(page);
    expect(await running(page), path).toEqual([]);
    // The same page for a reader who did not ask: the pulses run, so the check above can fail.
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    expect((await running(page)).length, `${path} animates without the preference`).toBeGreaterThan(0);
  }
});

test.describe('without WebGL', () => {
  let browser: Browser;
  test.beforeAll(async () => {
    browser = await chromium.launch(chromiumLaunchOptions('none'));
  });
  test.afterAll(async () => {
    await browser.close();
  });

  test('a chapter: the text, the globe as a live 2D map that says so, the widget computing', async ({ baseURL }) => {
    const page = await browser.newPage({ baseURL: baseURL ?? '' });
    const problems = collectPageErrors(page);
    await page.goto(CHAPTER);
    await expect(page.locator('article p').first()).toBeVisible();
    const globe = page.locator('sf-globe');
    await globe.getByRole('button', { name: 'Explore in 3D' }).click();
    await expect(globe).toHaveAttribute('data-mode', 'map', { timeout: 30_000 });
    await expect(globe.locator('[data-live]')).toHaveText('Live map (no WebGL here)');
    await expect(globe.locator('.globe-map .map-land')).toHaveAttribute('d', /^M/);
    await startWidgets(page);
    await expect(page.locator('sf-widget [data-output]').first()).toContainText(/\d/);
    expect(problems).toEqual(noProblems);
    await page.close();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a chapter: the text, the globe picture with its tables, each widget its build-time result and why it is fixed', async ({
    page,
  }) => {
    await page.goto(CHAPTER);
    await expect(page.locator('article p').first()).toBeVisible();
    const globe = page.locator('sf-globe');
    await expect(globe.locator('[data-static]')).toBeVisible();
    // No button promising a 3D globe that cannot start.
    await expect(globe.locator('[data-start]')).toBeHidden();
    await expect(globe.locator('details[data-table] table').first()).toBeAttached();
    const widgets = page.locator('sf-widget');
    expect(await widgets.count()).toBeGreaterThan(0);
    for (const widget of await widgets.all()) {
      await expect(widget.locator('[data-output]')).toContainText(/\d/);
      await expect(widget.locator('.widget-controls__wait.without-js')).toBeVisible();
      await expect(widget.locator('[data-wait]')).toBeHidden();
    }
  });
});

test('campus: a forced WebGL context loss shows the floor plan with a message, then draws again', async ({ page }) => {
  const problems = collectPageErrors(page);
  await page.goto('/explore/campus/');
  const campus = page.locator('sf-campus');
  await expect(campus).toHaveAttribute('data-mode', '3d', { timeout: 30_000 });
  const frames = () => campus.evaluate((el) => (el as CampusHook).sfTest?.debug().frames ?? 0);
  await expect.poll(frames).toBeGreaterThan(0);
  await page.evaluate(() => {
    const canvas = document.querySelector('.campus-canvas') as HTMLCanvasElement;
    const ext = canvas.getContext('webgl2')?.getExtension('WEBGL_lose_context');
    (window as unknown as { loseExt: unknown }).loseExt = ext;
    ext?.loseContext();
  });
  await expect(campus).toHaveAttribute('data-mode', 'lost');
  await expect(campus.locator('[data-status]')).toContainText('lost its graphics context');
  await page.evaluate(() => (window as unknown as { loseExt: WEBGL_lose_context }).loseExt.restoreContext());
  await expect(campus).toHaveAttribute('data-mode', '3d');
  await expect(campus.locator('[data-status]')).toBeHidden();
  const before = await frames();
  await campus.locator('[data-power]').focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(frames).toBeGreaterThan(before);
  expect(await distinctColours(page, await page.locator('.campus-canvas').screenshot())).toBeGreaterThan(8);
  expect(problems.pageErrors).toEqual([]);
});
