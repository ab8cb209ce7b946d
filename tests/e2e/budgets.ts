/**
 * The byte budgets (tests/budgets.json) and what breaks them: shared by the page matrix, which measures
 * each page's first load, and budgets.spec.ts, which checks the budget file and the worker bundles.
 */
import { readFileSync } from 'node:fs';
import type { PageTemplate } from './page-templates';
import { isThreeJs, type PageWeight } from './page-weight';

export interface Budget {
  jsGzipBytes: number;
  cssGzipBytes: number;
  htmlGzipBytes: number;
}
export const budgets = JSON.parse(readFileSync('tests/budgets.json', 'utf8')) as {
  templates: Record<string, Budget>;
  workers: Record<string, number>;
};
/** The ceiling for any reading page, whatever the budget file says. */
export const ARTICLE_JS_MAX_BYTES = 30 * 1024;

/** What a page fetched before interaction beyond its template's budget, one line per breach. */
export function overBudget(path: string, template: PageTemplate | undefined, w: PageWeight): string[] {
  const budget = template && budgets.templates[template.id];
  // budgets.spec.ts fails on a page without a template or a template without a budget.
  if (!template || !budget) return [];
  const over: string[] = [];
  const heaviest = w.scripts
    .slice(0, 3)
    .map((s) => `${s.path} ${s.gzipBytes} B`)
    .join(', ');
  if (w.jsGzipBytes > budget.jsGzipBytes)
    over.push(`${path}: JS ${w.jsGzipBytes} B > ${budget.jsGzipBytes} B (heaviest: ${heaviest})`);
  if (w.cssGzipBytes > budget.cssGzipBytes) over.push(`${path}: CSS ${w.cssGzipBytes} B > ${budget.cssGzipBytes} B`);
  if (w.htmlGzipBytes > budget.htmlGzipBytes)
    over.push(`${path}: HTML ${w.htmlGzipBytes} B > ${budget.htmlGzipBytes} B`);
  if (template.article) {
    const three = w.scripts.filter((s) => isThreeJs(s.path)).map((s) => s.path);
    if (three.length) over.push(`${path}: three.js loaded before any interaction (${three.join(', ')})`);
    if (w.jsGzipBytes > ARTICLE_JS_MAX_BYTES) over.push(`${path}: JS ${w.jsGzipBytes} B > 30 KB`);
  }
  return over;
}
