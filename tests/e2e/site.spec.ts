import { expect, test } from '@playwright/test';
import { builtPages, collectPageErrors, THEME_STORAGE_KEY } from './helpers';

const pages = builtPages();
const chapterPages = pages.filter((p) => p.startsWith('/chapters/') && p !== '/chapters/');
// Chapter 1 has distances and areas in it; fall back to any chapter if it is ever renamed.
const firstChapter = chapterPages.find((p) => p.includes('what-is-a-superfactory')) ?? chapterPages[0];

test('the theme is set before first paint and persists across pages', async ({ page }) => {
  await page.goto('/');
  // Record the theme attribute as the first thing that runs in each new document.
  await page.addInitScript(() => {
    new MutationObserver(() => {
      const w = window as unknown as { firstTheme?: string | undefined };
      if (w.firstTheme === undefined && document.body) w.firstTheme = document.documentElement.dataset.theme ?? '';
    }).observe(document, { childList: true, subtree: true });
  });
  const start = await page.locator('html').getAttribute('data-theme');
  const other = start === 'dark' ? 'light' : 'dark';
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', other);
  expect(await page.evaluate((k) => localStorage.getItem(k), THEME_STORAGE_KEY)).toBe(other);

  await page.goto(firstChapter ?? '/chapters/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', other);
  // The theme was already on <html> when <body> first appeared: no flash of the other theme.
  expect(await page.evaluate(() => (window as unknown as { firstTheme?: string }).firstTheme)).toBe(other);
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute(
    'aria-pressed',
    String(other === 'dark'),
  );
});

test('the system theme applies when the reader has not chosen', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(19, 21, 25)');
  await context.close();
});

test('units preference switches distances to miles and persists across pages', async ({ page }) => {
  test.skip(chapterPages.length === 0, 'no chapter pages');
  const chapter = firstChapter as string;
  await page.goto(chapter);
  const distance = page.locator('.num__value', { has: page.locator('.unit-metric', { hasText: /km$/ }) }).first();
  const metric = distance.locator('.unit-metric');
  const us = distance.locator('.unit-us');
  await expect(metric).toBeVisible();
  await expect(metric).toContainText('km');
  await expect(us).toBeHidden();
  await page.getByRole('button', { name: /US units/ }).click();
  await expect(page.locator('html')).toHaveAttribute('data-units', 'us');
  await expect(us).toBeVisible();
  await expect(us).toContainText('mi');
  await expect(metric).toBeHidden();
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-units', 'us');
  await page.goto(chapter);
  await expect(us).toBeVisible();
  await expect(metric).toBeHidden();
});

test('pages still work when storage is blocked (sandboxed embeds)', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
  const problems = collectPageErrors(page);
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', /^(light|dark)$/);
  await page.getByRole('button', { name: 'Dark theme' }).click();
  expect(problems.pageErrors).toEqual([]);
});

for (const path of chapterPages) {
  test(`${path}: every table-of-contents link reaches its heading`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(path);
    const links = page.locator('.toc a[href^="#"]');
    const count = await links.count();
    expect(count).toBeGreaterThan(1);
    for (let i = 0; i < count; i++) {
      const link = links.nth(i);
      const id = ((await link.getAttribute('href')) ?? '').slice(1);
      const target = page.locator(`[id="${id}"]`);
      await expect(target, `heading #${id}`).toHaveCount(1);
      await link.click();
      await expect(page).toHaveURL(new RegExp(`#${id}$`));
      await expect(target).toBeInViewport();
    }
  });

  test(`${path}: the table of contents marks the section being read`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(path);
    const last = page.locator('.toc a[href^="#"]').last();
    const id = ((await last.getAttribute('href')) ?? '').slice(1);
    await page.locator(`[id="${id}"]`).scrollIntoViewIfNeeded();
    await page.evaluate((i) => document.getElementById(i)?.scrollIntoView({ block: 'start' }), id);
    await expect(last).toHaveAttribute('aria-current', 'true');
    await expect(page.locator('.toc a[aria-current="true"]')).toHaveCount(1);
  });

  test(`${path}: citations are numbered in order of first use and reach the reference list`, async ({ page }) => {
    await page.goto(path);
    const numbers = await page.locator('article sup.cite a').allTextContents();
    expect(numbers.length).toBeGreaterThan(0);
    const firstUses: number[] = [];
    for (const n of numbers.map(Number)) if (!firstUses.includes(n)) firstUses.push(n);
    expect(firstUses).toEqual(firstUses.map((_, i) => i + 1));
    const hrefs = await page.locator('article sup.cite a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const href of new Set(hrefs)) {
      // A source on the web links out; the site's own stated assumptions link to the methods page.
      const entry = page.locator(`.references li[id="${(href ?? '').slice(1)}"]`);
      await expect(
        entry.locator('a.references__title[href^="http"], a.references__title[href*="/methods/"]'),
      ).toHaveCount(1);
    }
    await expect(page.locator('.references li')).toHaveCount(firstUses.length);
  });

  test(`${path}: reads without JavaScript (numbers, TOC and references are in the HTML)`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(path);
    await expect(page.locator('.num').first()).toBeVisible();
    await expect(page.locator('.toc a').first()).toBeAttached();
    await expect(page.locator('.references li').first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Dark theme' })).toBeHidden();
    await context.close();
  });
}

test('the skip link is the first tab stop and moves focus to the main content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('print: no navigation or toggles, citation URLs written out, figures kept whole', async ({ page }) => {
  test.skip(chapterPages.length === 0, 'no chapter pages');
  await page.goto(firstChapter as string);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.toc')).toBeHidden();
  await expect(page.locator('.chapter-pager')).toBeHidden();
  const link = page.locator('.references a[href^="http"]').first();
  const href = await link.getAttribute('href');
  const after = await link.evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain(href);
  const figureBreak = await page
    .locator('figure')
    .first()
    .evaluate((f) => getComputedStyle(f).breakInside);
  expect(figureBreak).toBe('avoid');
});

for (const path of ['/', firstChapter ?? '/chapters/', '/methods/']) {
  test(`${path}: nothing shifts as the page's scripts start (layout shift < 0.02 at 412 px)`, async ({ page }) => {
    await page.setViewportSize({ width: 412, height: 915 });
    await page.goto(path, { waitUntil: 'networkidle' });
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
              if (!entry.hadRecentInput) total += entry.value;
          }).observe({ type: 'layout-shift', buffered: true });
          // Buffered entries arrive in the next task; wait a little longer for late ones.
          setTimeout(() => resolve(total), 500);
        }),
    );
    test.info().annotations.push({ type: 'layout shift', description: shift.toFixed(4) });
    expect(shift).toBeLessThan(0.02);
  });
}

test('the footer reaches the pages the header does not offer', async ({ page }) => {
  await page.goto('/');
  const footer = page.getByRole('navigation', { name: 'More of the site' });
  for (const [name, path] of [
    ['Methods and formulas', '/methods/'],
    ['References', '/references/'],
    ['Printable edition', '/print/'],
    ['Campus view', '/explore/campus/'],
  ] as const) {
    await expect(footer.getByRole('link', { name })).toHaveAttribute('href', path);
  }
  await footer.getByRole('link', { name: 'Methods and formulas' }).click();
  await expect(page).toHaveURL(/\/methods\/$/);
  await expect(
    page.getByRole('navigation', { name: 'More of the site' }).getByRole('link', { name: 'Methods and formulas' }),
  ).toHaveAttribute('aria-current', 'page');
});

test('a chapter links the campus view', async ({ page }) => {
  await page.goto('/chapters/why-not-one-building/');
  await expect(page.locator('article a[href="/explore/campus/"]')).not.toHaveCount(0);
});

test('/methods/ at 412 px: a formula wider than the column scrolls, is focusable and named, a narrow one is not', async ({
  page,
}) => {
  await page.setViewportSize({ width: 412, height: 915 });
  await page.goto('/methods/');
  const blocks = page.locator('.math-block');
  const wide = blocks.and(page.locator('.is-scrollable'));
  await expect(wide.first()).toBeAttached();
  const n = await blocks.count();
  for (let i = 0; i < n; i++) {
    const block = blocks.nth(i);
    const overflows = await block.evaluate((el) => el.scrollWidth > el.clientWidth + 1);
    if (overflows) {
      await expect(block).toHaveAttribute('tabindex', '0');
      await expect(block).toHaveAttribute('aria-label', /scrolls sideways/);
    } else await expect(block).not.toHaveAttribute('tabindex');
  }
  // The keyboard scrolls it once focused.
  const first = wide.first();
  await first.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => first.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
});
