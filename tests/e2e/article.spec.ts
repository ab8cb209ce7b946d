/**
 * The article's pages: no page repeats an id, search finds each chapter by a word only it uses, and
 * /print/ has one merged reference list. Links and anchors are checked in publish.spec.ts (plain and
 * base-path builds); axe and the clean console run once per page template in page-matrix.spec.ts.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { unlinkedFirstUses } from '../../src/lib/article/glossary-uses';
import { METHOD_IDS } from '../../src/lib/article/methods';
import { glossaryFileSchema } from '../../src/lib/data/glossary';
import { documentOf } from './built-links';
import { builtPages } from './helpers';
import { proseRuns } from './prose-runs';
import { disagreements, statementsOn } from './stated-figures';

const CHAPTERS = [
  { slug: 'why-not-one-building', term: 'substations', title: 'Why not one bigger building?' },
  { slug: 'what-training-exchanges', term: 'bookkeeping', title: 'What training must exchange' },
  { slug: 'what-distance-costs', term: 'refractive', title: 'What distance costs' },
  { slug: 'bandwidth-and-the-wan', term: 'Nemotron', title: 'Bandwidth, and what crosses the WAN' },
  { slug: 'talking-less', term: 'perplexity', title: 'Talking less' },
  { slug: 'when-something-breaks', term: 'backhoe', title: 'When something breaks' },
  { slug: 'growing-the-superfactory', term: 'Hyperion', title: 'Growing the superfactory' },
];
// Read as the build reads it (Playwright's loader takes no JSON import without an attribute).
const glossary = glossaryFileSchema.parse(JSON.parse(readFileSync('content/data/glossary.json', 'utf8')));
const CHAPTERS_AND_FIRST = ['what-is-a-superfactory', ...CHAPTERS.map((c) => c.slug)];
const ARTICLE_PAGES = [
  ...CHAPTERS.map((c) => `/chapters/${c.slug}/`),
  '/methods/',
  '/glossary/',
  '/references/',
  '/print/',
];

test.describe('links and anchors in the built site', () => {
  const idsByPage = new Map<string, Set<string>>();
  const idsOf = (p: string): Set<string> => {
    let ids = idsByPage.get(p);
    if (!ids) {
      ids = new Set([...documentOf(p).querySelectorAll('[id]')].map((el) => el.getAttribute('id') ?? ''));
      idsByPage.set(p, ids);
    }
    return ids;
  };

  test('no article page repeats an id', () => {
    for (const page of ARTICLE_PAGES) {
      const all = [...documentOf(page).querySelectorAll('[id]')].map((el) => el.getAttribute('id'));
      const repeated = all.filter((id, i) => all.indexOf(id) !== i);
      expect(repeated, page).toEqual([]);
    }
  });

  test('the print edition holds every chapter in order and one merged reference list', () => {
    const doc = documentOf('/print/');
    const titles = [...doc.querySelectorAll('.print-edition__title')].map((h) => h.textContent?.trim());
    expect(titles.slice(1)).toEqual(CHAPTERS.map((c) => c.title));
    expect(doc.querySelectorAll('section.references')).toHaveLength(1);
    const cited = new Set([...doc.querySelectorAll('sup.cite a')].map((a) => a.getAttribute('href')));
    const listed = new Set([...doc.querySelectorAll('.references__list li')].map((li) => `#${li.id}`));
    expect([...cited].filter((h) => !listed.has(h ?? ''))).toEqual([]);
    expect(doc.querySelector('#cite-this-page')).toBeNull();
  });

  test('each chapter cites its sources and offers BibTeX and a last-updated date', () => {
    for (const c of CHAPTERS) {
      const doc = documentOf(`/chapters/${c.slug}/`);
      expect(doc.querySelectorAll('.references__list li').length, c.slug).toBeGreaterThan(2);
      expect(doc.querySelector('#cite-this-page'), c.slug).not.toBeNull();
      expect(doc.querySelector('.cite-page pre')?.textContent, c.slug).toMatch(/^@online\{/);
      expect(doc.querySelector('.cite-page time')?.getAttribute('datetime'), c.slug).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(doc.querySelectorAll('figure.figure').length, c.slug).toBeGreaterThan(0);
    }
  });

  test('prose never doubles an estimate’s own “~” with “about” or “roughly”', () => {
    for (const page of ARTICLE_PAGES) {
      const text = documentOf(page).body.textContent ?? '';
      const doubled = [...text.matchAll(/\b(about|roughly|around|some|approximately|nearly)\s+~/gi)].map((m) =>
        text.slice(Math.max(0, (m.index ?? 0) - 40), (m.index ?? 0) + 20),
      );
      expect(doubled, page).toEqual([]);
    }
  });

  test('the methods page lists every published run against its leave-one-out prediction, each cited', () => {
    const runIds = (JSON.parse(readFileSync('content/data/runs.json', 'utf8')) as { id: string }[]).map((r) => r.id);
    const rows = [...documentOf('/methods/').querySelectorAll('#published-runs ~ .runs-table tbody tr')];
    expect(rows.map((r) => r.getAttribute('data-run')).sort()).toEqual([...runIds].sort());
    for (const row of rows) {
      expect(row.querySelector('sup.cite a'), row.getAttribute('data-run') ?? '').not.toBeNull();
      expect(row.textContent ?? '').toMatch(/[+-]\d+\.\d%/);
    }
  });

  test('every page links each glossary term where it first uses it', () => {
    const pages = [
      '/',
      ...CHAPTERS_AND_FIRST.map((slug) => `/chapters/${slug}/`),
      '/methods/',
      '/methods/engine/',
      '/changelog/',
    ];
    const unlinked = pages.flatMap((page) =>
      unlinkedFirstUses(proseRuns(page), glossary).map((u) => `${page} ${u.id}: ${u.context}`),
    );
    expect(unlinked).toEqual([]);
  });

  test('no sentence cites the same source twice in a row (“96%¹³.¹³”)', () => {
    const doubled = ARTICLE_PAGES.flatMap((page) => {
      const html = documentOf(page).querySelector('main')?.innerHTML ?? '';
      const marked = html
        .replace(/<sup class="cite"[^>]*>([\s\S]*?)<\/sup>/g, (_, inner: string) => {
          const refs = [...inner.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
          return `§${refs.join(' ')}§`;
        })
        .replace(/<[^>]+>/g, '');
      return [...marked.matchAll(/§([^§]+)§[\s.,;:]*§\1§/g)].map((m) => `${page} ${m[1]}`);
    });
    expect(doubled).toEqual([]);
  });

  test('no two pages state the same fact with different values', () => {
    const pages = builtPages().filter((p) => p.endsWith('/') && !p.startsWith('/dev/'));
    expect(disagreements(pages.flatMap(statementsOn))).toEqual([]);
  });

  test('the methods page has an anchor for every engine formula', () => {
    const ids = idsOf('/methods/');
    for (const id of METHOD_IDS) expect(ids.has(id), id).toBe(true);
    expect(documentOf('/methods/').querySelectorAll('math').length).toBeGreaterThan(15);
  });
});

for (const c of CHAPTERS) {
  test(`search finds “${c.title}” by a word only it uses`, async ({ page }) => {
    await page.goto('/dev/charts/');
    await page.getByRole('button', { name: 'Search' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Search the chapters' });
    await dialog.getByRole('searchbox').fill(c.term);
    const hit = dialog.locator('a.search-result__title', { hasText: c.title });
    await expect(hit).toBeVisible();
    await expect(hit).toHaveAttribute('href', new RegExp(`/chapters/${c.slug}/`));
  });
}
