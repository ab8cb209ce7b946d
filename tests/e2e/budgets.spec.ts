/**
 * Byte budgets (tests/budgets.json): every page belongs to a template with a budget, each Web Worker
 * bundle stays within its own, and no browser chunk carries zod. What each page fetches before the reader
 * does anything is measured against its template's budget in the page matrix, in the same load as axe.
 * Bytes are deterministic, so the limits are exact; scores are not asserted.
 */
import { expect, test } from '@playwright/test';
import { ARTICLE_JS_MAX_BYTES, budgets } from './budgets';
import { chunksWithZod, islands } from './bundles';
import { builtPages, OUT_DIR } from './helpers';
import { PAGE_TEMPLATES, templateOf } from './page-templates';
import { workerWeights } from './page-weight';

test('every built page belongs to a template with a budget, and every worker has one', () => {
  expect(builtPages().filter((p) => !templateOf(p))).toEqual([]);
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

test('no browser chunk or worker carries zod: data is validated at build time, not in the reader’s browser', () => {
  expect(islands(OUT_DIR).length).toBeGreaterThan(0);
  expect(chunksWithZod(OUT_DIR)).toEqual([]);
});
