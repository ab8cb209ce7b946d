/**
 * The page matrix: each page template (page-templates.ts) at a phone and a laptop width, in both
 * themes, after the reader has brought every lazy figure into view: axe (with WCAG 2.2's target-size
 * rule on), one h1, and nothing a page should never do (console error, failed request, other origin).
 * Every other built page (the other chapters and widgets) gets the same check at the laptop width in
 * both themes: its template's layout is covered by the sample, its own content is not. Every built page
 * also loads cleanly at 320 px without sideways scrolling. This is the one place axe checks whole
 * pages; new pages join by adding their template to page-templates.ts, not by adding another pass.
 */
import AxeBuilder from '@axe-core/playwright';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { builtPages, collectPageErrors, noProblems, presetTheme, startGlobe, type Theme } from './helpers';
import { PAGE_TEMPLATES, type PageTemplate, templateOf, WIDTHS, type Width } from './page-templates';
import { viewportFor } from './page-weight';

const THEMES = ['light', 'dark'] as const satisfies readonly Theme[];

/**
 * Scrolls each lazy figure into view, as a reader would, and waits until it has upgraded (a globe or
 * campus out of "static"/"loading", a widget ready), so axe sees the live site buttons and controls.
 */
async function bringLazyFiguresIn(page: Page): Promise<void> {
  const lazy = page.locator('sf-globe, sf-widget, sf-campus');
  const count = await lazy.count();
  for (let i = 0; i < count; i++) {
    const figure = lazy.nth(i);
    await figure.scrollIntoViewIfNeeded();
    const kind = await figure.evaluate((el) => el.localName);
    if (kind === 'sf-globe') await startGlobe(figure);
    if (kind === 'sf-widget') {
      await expect(figure).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
      // A worker-backed widget is busy until its first result is drawn: axe checks the drawn result.
      await expect(figure).not.toHaveAttribute('aria-busy', 'true', { timeout: 30_000 });
    } else await expect(figure).toHaveAttribute('data-mode', /^(?!static$|loading$)/, { timeout: 30_000 });
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).options({ rules: { 'target-size': { enabled: true } } }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

/**
 * One load per page and width, both themes: axe in the first, then the page is switched to the other
 * as the theme button does (it sets <html data-theme>; colours follow through light-dark() tokens, no
 * transitions) and checked again. A load per theme doubled the suite's slowest part for no extra cover.
 */
async function checkPage(
  browser: Browser,
  path: string,
  template: PageTemplate | undefined,
  width: Width,
): Promise<void> {
  // The printable edition is every chapter on one page: axe needs minutes there on two busy cores.
  if (template?.slow) test.setTimeout(360_000);
  else test.setTimeout(120_000);
  const context = await browser.newContext({ viewport: viewportFor(width) });
  const page = await context.newPage();
  const [first, ...rest] = THEMES;
  await presetTheme(page, first);
  const problems = collectPageErrors(page, template?.status ? { allowDocumentStatus: template.status } : {});
  await page.goto(path, { waitUntil: 'networkidle' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', first);
  await expect(page.locator('h1')).toHaveCount(1);
  await bringLazyFiguresIn(page);
  expect(await axeViolations(page), first).toEqual([]);
  for (const theme of rest) {
    await page.evaluate((t) => {
      document.documentElement.dataset.theme = t;
    }, theme);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    // Two frames: the new colours are computed and painted before axe reads them.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(await axeViolations(page), theme).toEqual([]);
  }
  expect(problems).toEqual(noProblems);
  await context.close();
}

for (const template of PAGE_TEMPLATES)
  for (const width of template.slow ? [WIDTHS[1]] : WIDTHS)
    test(`${template.id} (${template.sample}) at ${width} px, ${THEMES.join(' and ')}: axe, one h1, clean console and network`, async ({
      browser,
    }) => checkPage(browser, template.sample, template, width));

const SAMPLES = new Set(PAGE_TEMPLATES.map((t) => t.sample));
const LAPTOP = WIDTHS[1];

for (const path of builtPages().filter((p) => !SAMPLES.has(p)))
  test(`${path} at ${LAPTOP} px, ${THEMES.join(' and ')}: axe, one h1, clean console and network`, async ({
    browser,
  }) => checkPage(browser, path, templateOf(path), LAPTOP));

test.describe('every built page', () => {
  for (const path of builtPages()) {
    test(`${path} loads cleanly on a 320 px phone without sideways scrolling`, async ({ page }) => {
      const status = templateOf(path)?.status;
      const problems = collectPageErrors(page, status ? { allowDocumentStatus: status } : {});
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(path, { waitUntil: 'networkidle' });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(problems).toEqual(noProblems);
    });
  }
});
