import { expect, test } from '@playwright/test';

// The dev gallery always carries the search component; the header will carry it on every page.
const PAGE = '/dev/charts/';

test('search loads nothing until opened, then finds chapter 1 by a word in its body', async ({ page }) => {
  const pagefindRequests: string[] = [];
  page.on('request', (req) => {
    if (req.url().includes('/pagefind/')) pagefindRequests.push(req.url());
  });
  await page.goto(PAGE);
  await page.waitForLoadState('networkidle');
  expect(pagefindRequests, 'no search requests before the dialog opens').toEqual([]);

  await page.getByRole('button', { name: 'Search' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Search the chapters' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('searchbox', { name: 'Words to find' })).toBeFocused();

  await dialog.getByRole('searchbox').fill('Fairwater');
  const hit = dialog.locator('a.search-result__title', { hasText: 'What is an AI superfactory?' });
  await expect(hit).toBeVisible();
  await expect(hit).toHaveAttribute('href', /\/chapters\/what-is-a-superfactory\//);
  await expect(dialog.getByRole('status')).toHaveText(/\d+ pages? found/);
  expect(pagefindRequests.length).toBeGreaterThan(0);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Search' }).first()).toBeFocused();
  for (const url of pagefindRequests) expect(new URL(url).origin).toBe(new URL(page.url()).origin);
});

test('search opens from the keyboard, closes with Escape and says when nothing matches', async ({ page }) => {
  await page.goto(PAGE);
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the chapters' });
  await expect(dialog).toBeVisible();
  await page.keyboard.type('zzqxjv');
  await expect(dialog.getByRole('status')).toHaveText('No results for “zzqxjv”.');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('Control+k');
  await expect(dialog).toBeVisible();
});

test('only chapter pages are in the index', async ({ page }) => {
  // The chart gallery says "synthetic" in its body; a chapter-only index must not return it.
  await page.goto(PAGE);
  await page.getByRole('button', { name: 'Search' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Search the chapters' });
  await dialog.getByRole('searchbox').fill('synthetic');
  await expect(dialog.getByRole('status')).toHaveText(/found|No results/);
  const hrefs = await dialog
    .locator('a.search-result__title')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  for (const href of hrefs) expect(href).toMatch(/^\/chapters\//);
});
