/**
 * Byte budgets: for every built page at 412 and 1280 px, the JavaScript, CSS and HTML (gzip) fetched
 * before any interaction, the largest page of each template against tests/budgets.json, and each
 * Web Worker bundle. The same measurement as tests/e2e/budgets.spec.ts, printed as figures.
 */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { builtPages } from '../../tests/e2e/helpers';
import { PAGE_TEMPLATES, templateOf, WIDTHS } from '../../tests/e2e/page-templates';
import { isThreeJs, measurePageLoad, viewportFor, workerWeights } from '../../tests/e2e/page-weight';
import { chromiumLaunchOptions } from '../chromium';
import { serveBuild } from './serve-build';

const OUT_DIR = process.env.ASTRO_OUT_DIR ?? 'dist';
const budgets = JSON.parse(readFileSync('tests/budgets.json', 'utf8')) as {
  templates: Record<string, { jsGzipBytes: number; cssGzipBytes: number; htmlGzipBytes: number }>;
  workers: Record<string, number>;
};
const kb = (bytes: number): string => (bytes / 1024).toFixed(1).padStart(6);

export default async function (): Promise<void> {
  const { port, close } = await serveBuild(OUT_DIR);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    console.log("KB gzip before any interaction; the largest of each template's pages (budget in brackets)");
    console.log(
      `${'template'.padEnd(15)} ${'width'.padStart(5)} ${'JS'.padStart(16)} ${'CSS'.padStart(16)} ${'HTML'.padStart(16)}  three.js  largest page`,
    );
    const pages = builtPages(OUT_DIR);
    for (const template of PAGE_TEMPLATES) {
      const budget = budgets.templates[template.id];
      for (const width of WIDTHS) {
        // Each column is the largest over the template's pages; the last names the page heaviest in JS.
        const worst = { js: 0, css: 0, html: 0, three: false, page: '' };
        for (const path of pages.filter((p) => templateOf(p) === template)) {
          const page = await browser.newPage({ viewport: viewportFor(width) });
          const w = await measurePageLoad(page, `http://127.0.0.1:${port}${path}`);
          await page.close();
          if (w.jsGzipBytes >= worst.js) worst.page = path;
          worst.js = Math.max(worst.js, w.jsGzipBytes);
          worst.css = Math.max(worst.css, w.cssGzipBytes);
          worst.html = Math.max(worst.html, w.htmlGzipBytes);
          worst.three ||= w.scripts.some((s) => isThreeJs(s.path));
        }
        const cell = (v: number, b: number | undefined) => `${kb(v)} [${b === undefined ? '  none' : kb(b)}]`;
        console.log(
          `${template.id.padEnd(15)} ${String(width).padStart(5)} ${cell(worst.js, budget?.jsGzipBytes)} ${cell(worst.css, budget?.cssGzipBytes)} ${cell(worst.html, budget?.htmlGzipBytes)}  ${worst.three ? 'LOADED' : 'no    '}    ${worst.page}`,
        );
      }
    }
    console.log('\nWeb Worker bundles, KB gzip (budget in brackets)');
    for (const [name, bytes] of Object.entries(workerWeights(OUT_DIR)).sort())
      console.log(
        `${name.padEnd(15)} ${kb(bytes)} [${budgets.workers[name] === undefined ? '  none' : kb(budgets.workers[name])}]`,
      );
  } finally {
    await browser.close();
    close();
  }
}
