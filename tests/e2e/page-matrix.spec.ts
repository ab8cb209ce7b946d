/**
 * The page matrix: each template's sample loaded at a phone and a laptop width, every other page at the
 * laptop width. Each load checks, in order:
 * - the bytes fetched before any interaction against its template's budget (tests/budgets.json): JS,
 *   CSS and HTML, and on reading pages never three.js and never over 30 KB of JS;
 * - after the reader has brought every lazy figure into view, axe (WCAG 2.2's target-size rule on) and
 *   one h1: for each template's sample (page-templates.ts) at both widths, in both themes at the laptop
 *   width (the second by switching the page as the theme button does), for every other page at the laptop
 *   width in the light theme (`loadsOf` says why);
 * - the page narrowed to 320 px does not scroll sideways;
 * - nothing a page should never do (console error, failed request, other origin).
 * One load serves all of these: separate passes for budgets, themes and 320 px loaded every page up to five
 * times and made this the suite's slowest part. New pages join by adding their template to
 * page-templates.ts and a budget to tests/budgets.json, not by adding another pass.
 */
import AxeBuilder from '@axe-core/playwright';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { overBudget } from './budgets';
import { builtPages, collectPageErrors, noProblems, presetTheme, startGlobe, type Theme } from './helpers';
import { PAGE_TEMPLATES, type PageTemplate, templateOf, WIDTHS, type Width } from './page-templates';
import { measurePageLoad, viewportFor } from './page-weight';

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

/**
 * A widget's output (readouts, charts, tables: thousands of SVG nodes) is the same markup wherever the
 * widget is placed, and is checked on the widget's own page (`/widgets/<id>/`) at both widths and in both
 * themes; elsewhere (chapters, embeds, exercises) axe checks the widget's frame and controls around it.
 * Checking it again on every page that places it made chapters the matrix's slowest rows.
 */
const WIDGET_PAGE = /^\/widgets\/[^/]+\/$/;

async function axeViolations(page: Page, path: string): Promise<string[]> {
  let axe = new AxeBuilder({ page }).options({ rules: { 'target-size': { enabled: true } } });
  if (!WIDGET_PAGE.test(path)) axe = axe.exclude('sf-widget [data-output]');
  const results = await axe.analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

/** What one load of a page checks: its width, the themes axe runs in (none: no axe), and 320 px after. */
interface Load {
  width: Width;
  themes: readonly Theme[];
  narrow: boolean;
}

async function checkPage(browser: Browser, path: string, template: PageTemplate | undefined, load: Load) {
  // The printable edition is every chapter on one page: axe needs minutes there on two busy cores.
  if (template?.slow && load.themes.length) test.setTimeout(360_000);
  else test.setTimeout(120_000);
  const context = await browser.newContext({ viewport: viewportFor(load.width) });
  const page = await context.newPage();
  const [first = THEMES[0], ...rest] = load.themes;
  await presetTheme(page, first);
  const problems = collectPageErrors(page, template?.status ? { allowDocumentStatus: template.status } : {});
  // Measured first, before anything scrolls a lazy figure in: the bytes a reader pays for by arriving.
  const weight = await measurePageLoad(page, path);
  expect(overBudget(path, template, weight), 'budget').toEqual([]);
  await expect(page.locator('html')).toHaveAttribute('data-theme', first);
  await expect(page.locator('h1')).toHaveCount(1);
  if (load.themes.length) {
    await bringLazyFiguresIn(page);
    expect(await axeViolations(page, path), first).toEqual([]);
    for (const theme of rest) {
      await page.evaluate((t) => {
        document.documentElement.dataset.theme = t;
      }, theme);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      // Two frames: the new colours are computed and painted before axe reads them.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      expect(await axeViolations(page, path), theme).toEqual([]);
    }
  }
  if (load.narrow) {
    await page.setViewportSize({ width: 320, height: 640 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'sideways scroll at 320 px').toBeLessThanOrEqual(0);
  }
  expect(problems).toEqual(noProblems);
  await context.close();
}

const [PHONE, LAPTOP] = WIDTHS;
const SAMPLES = new Set(PAGE_TEMPLATES.map((t) => t.sample));

/**
 * Each template's sample: both widths, axe in both themes at the laptop width and in the light theme at the
 * phone width (the dark theme changes colours, not layout; the printable edition, where axe takes minutes,
 * once in the light theme: its markup and colours are the chapters'). Every other page: one load at the
 * laptop width with axe in the light theme, then narrowed to 320 px; its template's layout and both
 * themes' tokens are the sample's, its own content is what this load checks.
 */
function loadsOf(path: string, template: PageTemplate | undefined): Load[] {
  if (!SAMPLES.has(path)) return [{ width: LAPTOP, themes: [THEMES[0]], narrow: true }];
  if (template?.slow)
    return [
      { width: PHONE, themes: [], narrow: true },
      { width: LAPTOP, themes: [THEMES[0]], narrow: false },
    ];
  return [
    { width: PHONE, themes: [THEMES[0]], narrow: true },
    { width: LAPTOP, themes: THEMES, narrow: false },
  ];
}

const describeLoad = (load: Load) =>
  [
    'budget',
    load.themes.length ? `axe in ${load.themes.join(' and ')}` : '',
    load.narrow ? 'no sideways scroll at 320 px' : '',
    'clean console and network',
  ]
    .filter(Boolean)
    .join(', ');

for (const path of builtPages()) {
  const template = templateOf(path);
  for (const load of loadsOf(path, template))
    test(`${path} at ${load.width} px: ${describeLoad(load)}`, async ({ browser }) =>
      checkPage(browser, path, template, load));
}
