/**
 * The training demo in a real browser: readable without script, trains in a worker with progress and
 * the page still answering, stops, gives the same curves bit for bit for the same seed (and the same as
 * Node), round-trips its URL, clamps bad links, passes axe in both themes.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { collectPageErrors, noProblems, presetTheme } from './helpers';

const FORBIDDEN = /\bNaN\b|\bInfinity\b|\bundefined\b/;
/** A short run, so each test trains in a second or two. */
const QUICK = 'v=1&train.steps=100&train.h=20';

async function ready(page: Page) {
  const root = page.locator('sf-widget[data-widget="train"]');
  await root.scrollIntoViewIfNeeded();
  await expect(root).toHaveAttribute('data-ready', 'true', { timeout: 15_000 });
  return root;
}

async function trainOnce(page: Page): Promise<string> {
  const root = await ready(page);
  await root.locator('[data-train-start]').click();
  await expect(root.locator('[data-curve-digest]')).toHaveCount(1, { timeout: 60_000 });
  await expect(root.locator('[data-train-start]')).toBeEnabled();
  return (await root.locator('[data-curve-digest]').getAttribute('data-curve-digest')) ?? '';
}

test('without JavaScript the widget reads: the clock, a Train button and what it will do', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/widgets/train/');
  const root = page.locator('sf-widget[data-widget="train"]');
  await expect(root.locator('[data-train-plan]')).toContainText('Press Train');
  await expect(root.locator('[data-out="inner-step"]')).toBeVisible();
  await expect(root.locator('[data-train-start]')).toBeDisabled();
  await context.close();
});

test('trains in a worker with progress, the page keeps answering, and the same seed gives the same curves', async ({
  page,
}) => {
  const problems = collectPageErrors(page);
  await page.goto(`/widgets/train/?${QUICK}`);
  const root = await ready(page);
  // A quick run can finish between two polls: record whether the progress bar ever showed.
  await page.evaluate(() => {
    const bar = document.querySelector('sf-widget[data-widget="train"] [data-train-progress]');
    const w = window as unknown as { progressShown?: boolean };
    w.progressShown = false;
    if (bar)
      new MutationObserver(() => {
        if (!bar.hasAttribute('hidden')) w.progressShown = true;
      }).observe(bar, { attributes: true });
  });
  await root.locator('[data-train-start]').click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { progressShown?: boolean }).progressShown))
    .toBe(true);
  // The main thread is free while the worker trains: a round trip to the page is quick.
  const t0 = Date.now();
  await page.evaluate(() => document.title);
  expect(Date.now() - t0).toBeLessThan(1000);
  await expect(root.locator('[data-curve-digest]')).toHaveCount(1, { timeout: 60_000 });
  const first = await root.locator('[data-curve-digest]').getAttribute('data-curve-digest');
  // biome-ignore lint/performance/useDomNodeTextContent: what a reader sees.
  const table = await root.locator('table.train-results').innerText();
  expect(table).not.toMatch(FORBIDDEN);
  await expect(root.locator('table.train-results tbody tr')).toHaveCount(5);
  await expect(root.locator('figure.chart-figure')).toHaveCount(2);
  await page.reload();
  const second = await trainOnce(page);
  expect(second).toBe(first);
  // biome-ignore lint/performance/useDomNodeTextContent: what a reader sees.
  expect(await root.locator('table.train-results').innerText()).toBe(table);
  // Another seed, other curves.
  await page.fill('#train-seed', '2');
  await expect(root.locator('[data-curve-digest]')).toHaveCount(0);
  expect(await trainOnce(page)).not.toBe(first);
  expect(problems).toEqual(noProblems);
});

test('Stop ends a run at once and keeps the page as it was', async ({ page }) => {
  await page.goto('/widgets/train/?v=1&train.steps=3000');
  const root = await ready(page);
  await root.locator('[data-train-start]').click();
  await expect(root.locator('[data-train-status]')).toContainText('Training', { timeout: 15_000 });
  await root.locator('[data-train-stop]').click();
  await expect(root.locator('[data-train-status]')).toContainText('Stopped');
  await expect(root.locator('[data-train-start]')).toBeEnabled();
  await expect(root.locator('[data-train-stop]')).toBeDisabled();
  await expect(root.locator('[data-curve-digest]')).toHaveCount(0);
  await expect(root.locator('[data-train-plan]')).toBeVisible();
});

test('the URL keeps every setting, and a bad value is clamped with a notice', async ({ page }) => {
  await page.goto('/widgets/train/');
  const root = await ready(page);
  await page.fill('#train-h', '20');
  await page.fill('#train-sites', '3');
  await root.getByLabel('Shuffled data at every site (i.i.d.)').uncheck();
  await root.getByRole('checkbox', { name: 'Local SGD', exact: true }).uncheck();
  // The URL is written once the controls settle; the last change made is the one to wait for.
  await expect.poll(() => page.url()).toContain('train.lsgd=0');
  const url = page.url();
  expect(url).toContain('train.h=20');
  expect(url).toContain('train.sites=3');
  expect(url).toContain('train.iid=0');
  await page.goto('about:blank');
  await page.goto(url);
  await ready(page);
  await expect(page.locator('#train-h')).toHaveValue('20');
  await expect(page.locator('#train-sites')).toHaveValue('3');
  await expect(root.getByRole('checkbox', { name: 'Local SGD', exact: true })).not.toBeChecked();
  await page.goto('/widgets/train/?v=1&train.sites=99&train.lr=NaN');
  await ready(page);
  await expect(root.locator('[data-notices]')).toContainText('out of range');
  await expect(page.locator('#train-sites')).toHaveValue('8');
});

for (const theme of ['light', 'dark'] as const) {
  test(`passes axe in the ${theme} theme, trained`, async ({ page }) => {
    await presetTheme(page, theme);
    await page.goto(`/widgets/train/?${QUICK}&train.sites=3`);
    await trainOnce(page);
    const result = await new AxeBuilder({ page }).include('sf-widget[data-widget="train"]').analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  });
}
