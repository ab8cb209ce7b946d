import { expect, test } from '@playwright/test';
import { collectPageErrors, noProblems, presetTheme } from './helpers';

const GALLERY = '/dev/charts/';

test('every chart is a labelled image with a data table, drawn without script', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(GALLERY);
  const figures = page.locator('figure.chart-figure');
  expect(await figures.count()).toBeGreaterThanOrEqual(6);
  for (const figure of await figures.all()) {
    const img = figure.getByRole('img');
    await expect(img).toHaveCount(1); // the other width is display:none, so out of the accessibility tree
    await expect(img).toHaveAttribute('aria-label', /\S/);
    await figure.locator('summary', { hasText: 'Data table' }).click();
    await expect(figure.locator('table.chart-table tbody tr').first()).toBeVisible();
  }
  await context.close();
});

test('phones get the compact drawing, wide screens the regular one', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(GALLERY);
  const first = page.locator('figure.chart-figure').first();
  await expect(first.locator('.chart-variant--compact svg')).toBeVisible();
  await expect(first.locator('.chart-variant--regular svg')).toBeHidden();
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(first.locator('.chart-variant--regular svg')).toBeVisible();
  await expect(first.locator('.chart-variant--compact svg')).toBeHidden();
});

for (const [theme, expected] of [
  ['light', 'rgb(29, 91, 184)'],
  ['dark', 'rgb(126, 170, 247)'],
] as const) {
  test(`the same SVG follows the ${theme} theme through CSS variables`, async ({ page }) => {
    await presetTheme(page, theme);
    await page.goto(GALLERY);
    const line = page.locator('#ex-line .chart-variant--regular path.chart-line.chart-c1');
    await expect(line).toHaveCSS('stroke', expected);
    // Text is drawn in the page's text colour, never a fixed black.
    const title = page.locator('#ex-line .chart-variant--regular .chart-axis-title').first();
    const textColour = await page.evaluate(() => getComputedStyle(document.body).color);
    await expect(title).toHaveCSS('fill', textColour);
  });
}

test('a widget can redraw a chart in the browser, and an impossible spec shows a message', async ({ page }) => {
  const problems = collectPageErrors(page);
  await page.goto(GALLERY, { waitUntil: 'networkidle' });
  const live = page.locator('#live-chart');
  await expect(live.locator('.chart-annotation-label').first()).toHaveText('Wisconsin–Atlanta');
  await page.locator('#live-distance').fill('2500');
  await expect(live.locator('.chart-variant--regular .chart-annotation-label')).toHaveText('Marked: 2500 km');
  await expect(live.locator('.chart-variant--regular svg')).toHaveAttribute('role', 'img');
  await page.getByRole('button', { name: /impossible spec/ }).click();
  await expect(live.getByRole('status')).toContainText('logarithmic');
  expect(problems).toEqual(noProblems);
});
