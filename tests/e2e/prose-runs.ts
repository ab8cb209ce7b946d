/**
 * A built page's prose as text runs in reading order, for the glossary first-use check: the text a
 * reader reads as sentences, without headings, navigation, figures, widgets and islands (custom
 * elements), figures' own numbers and units (.num), citations, reference lists, "Cite this page",
 * code, or the text of links to other pages (a link cannot hold a glossary link).
 */
import type { TextRun } from '../../src/lib/article/glossary-uses';
import { documentOf } from './built-links';

const SKIP = [
  'script',
  'style',
  'svg',
  'math',
  'nav',
  'aside',
  'header',
  'footer',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  '.num',
  'code',
  'sup.cite',
  'section.references',
  '.cite-page',
  '[data-glossary-skip]',
].join(', ');

const GLOSSARY_LINK = /\/glossary\/#term-([a-z0-9-]+)$/;

function linkedTerm(node: Node): string | null {
  const a = (node.parentElement as Element | null)?.closest('a[href]');
  const m = a ? GLOSSARY_LINK.exec(a.getAttribute('href') ?? '') : null;
  return m?.[1] ?? null;
}

function skipped(el: Element): boolean {
  if (el.tagName === 'A' && !GLOSSARY_LINK.test(el.getAttribute('href') ?? '')) return true;
  return el.matches(SKIP) || el.tagName.includes('-');
}

export function proseRuns(pagePath: string): TextRun[] {
  const main = documentOf(pagePath).querySelector('main');
  if (!main) throw new Error(`${pagePath}: no <main>`);
  const runs: TextRun[] = [];
  const walk = (node: Node): void => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) {
        const text = child.textContent ?? '';
        if (text.trim()) runs.push({ text, linksTo: linkedTerm(child) });
      } else if (child.nodeType === 1 && !skipped(child as Element)) {
        walk(child);
      }
    }
  };
  walk(main);
  return runs;
}
