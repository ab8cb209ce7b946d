/**
 * Byte budgets (tests/budgets.json): what each page fetches before the reader does anything, at a
 * phone and a laptop width, gzip-sized here; each Web Worker bundle; and three.js never in an
 * article page's first load. Bytes are deterministic, so the limits are exact; scores are not asserted.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { chunksWithZod, islands } from './bundles';
import { builtPages, OUT_DIR } from './helpers';
import { PAGE_TEMPLATES, templateOf, WIDTHS } from './page-templates';
import { isThreeJs, measurePageLoad, viewportFor, workerWeights } from './page-weight';

interface Budget {
  jsGzipBytes: number;
  cssGzipBytes: number;
  htmlGzipBytes: number;
}
const budgets = JSON.parse(readFileSync('tests/budgets.json', 'utf8')) as {
  templates: Record<string, Budget>;
  workers: Record<string, number>;
};
/** The ceiling for any reading page, whatever the budget file says. */
const ARTICLE_JS_MAX_BYTES = 30 * 1024;
const pages = builtPages();

test('every built page belongs to a template with a budget, and every worker has one', () => {
  expect(pages.filter((p) => !templateOf(p))).toEqual([]);
  expect(PAGE_TEMPLATES.filter((t) => !budgets.templates[t.id]).map((t) => t.id)).toEqual([]);
  for (const t of PAGE_TEMPLATES.filter((t) => t.article))
    expect(budgets.templates[t.id]?.jsGzipBytes, t.id).toBeLessThanOrEqual(ARTICLE_JS_MAX_BYTES);
  const workers = workerWeights(OUT_DIR);
  expect(Object.keys(workers).length).toBeGreaterThan(0);
  expect(Object.keys(workers).filter((name) => budgets.workers[name] === undefined)).toEqual([]);
});

test('each Web Worker bundle stays within its budget', () => {
  const over = Object.entries(workerWeights(OUT_DIR))
    .filter(([name, bytes]) => bytes > (budgets.workers[name] ?? 0))
    .map(([name, bytes]) => `${name}: ${bytes} B gzip > ${budgets.workers[name]} B`);
  expect(over).toEqual([]);
});

for (const template of PAGE_TEMPLATES) {
  for (const width of WIDTHS) {
    test(`${template.id} at ${width} px: JS, CSS and HTML before interaction stay within budget`, async ({
      browser,
    }) => {
      const budget = budgets.templates[template.id];
      test.skip(!budget, 'no budget (the test above fails)');
      const over: string[] = [];
      for (const path of pages.filter((p) => templateOf(p) === template)) {
        const context = await browser.newContext({ viewport: viewportFor(width) });
        const page = await context.newPage();
        const w = await measurePageLoad(page, path);
        await context.close();
        const heaviest = w.scripts
          .slice(0, 3)
          .map((s) => `${s.path} ${s.gzipBytes} B`)
          .join(', ');
        if (w.jsGzipBytes > (budget as Budget).jsGzipBytes)
          over.push(`${path}: JS ${w.jsGzipBytes} B > ${budget?.jsGzipBytes} B (heaviest: ${heaviest})`);
        if (w.cssGzipBytes > (budget as Budget).cssGzipBytes)
          over.push(`${path}: CSS ${w.cssGzipBytes} B > ${budget?.cssGzipBytes} B`);
        if (w.htmlGzipBytes > (budget as Budget).htmlGzipBytes)
          over.push(`${path}: HTML ${w.htmlGzipBytes} B > ${budget?.htmlGzipBytes} B`);
        if (template.article) {
          const three = w.scripts.filter((s) => isThreeJs(s.path)).map((s) => s.path);
          if (three.length) over.push(`${path}: three.js loaded before any interaction (${three.join(', ')})`);
          if (w.jsGzipBytes > ARTICLE_JS_MAX_BYTES) over.push(`${path}: JS ${w.jsGzipBytes} B > 30 KB`);
        }
      }
      expect(over).toEqual([]);
    });
  }
}

test('no browser chunk or worker carries zod: data is validated at build time, not in the reader’s browser', () => {
  expect(islands(OUT_DIR).length).toBeGreaterThan(0);
  expect(chunksWithZod(OUT_DIR)).toEqual([]);
});
