/**
 * The article never types a figure: every number in chapter prose comes from a data record or the
 * engine through a component. This scans the MDX text outside frontmatter, imports, code, JSX tags
 * and expressions for digits, and checks that every id a chapter names (figure paths, sources,
 * derived figures, glossary terms) resolves.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { derived } from '../../src/figures/chapters/derived';
import { articleFigure } from '../../src/lib/article/article-figures';
import { glossaryEntry } from '../../src/lib/article/glossary';
import { proseOf, typedFigures } from '../../src/lib/article/prose-scan';
import { lookupFigure, lookupSource } from '../../src/lib/data';

const DIR = 'content/chapters';
const chapters = readdirSync(DIR)
  .filter((f) => f.endsWith('.mdx'))
  .sort()
  .map((file) => ({ file, text: readFileSync(join(DIR, file), 'utf8') }));

describe('typedFigures', () => {
  it('finds a figure typed into prose', () => {
    expect(typedFigures('The link is 1,068 km long.')).toHaveLength(1);
    expect(typedFigures('about 5 ms one way')).toHaveLength(1);
    expect(typedFigures('a 16-bit float')).toHaveLength(1);
  });
  it('lets years, chapter references, product names and words with digits pass', () => {
    expect(typedFigures('In 2025, chapter 4 and chapters 5 and 6 used GB200 NVL72 racks, bf16 and 1F1B.')).toEqual([]);
    expect(typedFigures('Llama 3.1 405B and Gemini 2.5 and Nemotron-4 340B')).toEqual([]);
  });
  it('ignores components, expressions and comments', () => {
    const mdx =
      '---\ntitle: x\n---\nimport A from "a";\n\nSee <Num of="sites.a.b" sig={2} /> and {/* widget: step */} {1 + 2}.';
    expect(typedFigures(proseOf(mdx))).toEqual([]);
  });
});

describe.each(chapters)('$file', ({ text }) => {
  it('types no figure into its prose', () => {
    expect(typedFigures(proseOf(text))).toEqual([]);
  });

  it('names only figures, sources, derived figures and glossary terms that exist', () => {
    for (const [, path] of text.matchAll(/<(?:Num|NumWords)[^>]*\bof="([^"]+)"/g))
      expect(() => lookupFigure(path ?? '')).not.toThrow();
    for (const [, ids] of text.matchAll(/<Cite[^>]*\bid="([^"]+)"/g))
      for (const id of (ids ?? '').split(/\s+/)) expect(() => lookupSource(id)).not.toThrow();
    for (const [, id] of text.matchAll(/<Derived[^>]*\bof="([^"]+)"/g)) expect(() => derived(id ?? '')).not.toThrow();
    for (const [, id] of text.matchAll(/<Finding[^>]*\bof="([^"]+)"/g))
      expect(() => articleFigure(id ?? '')).not.toThrow();
    for (const [, id] of text.matchAll(/<GlossaryTerm[^>]*\bid="([^"]+)"/g))
      expect(() => glossaryEntry(id ?? '')).not.toThrow();
  });
});

describe('chapters 2 to 8', () => {
  const mine = chapters.filter((c) => /^0[2-8]-/.test(c.file));
  it('all exist, each with a figure and an updated date', () => {
    expect(mine.map((c) => c.file.slice(0, 2))).toEqual(['02', '03', '04', '05', '06', '07', '08']);
    for (const c of mine) {
      expect(c.text, c.file).toMatch(/<ArticleChart|<Figure/);
      expect(c.text, c.file).toMatch(/^updated: \d{4}-\d{2}-\d{2}$/m);
    }
  });
  it('get their cite-this-page box from the chapter layout, so no chapter can miss it', () => {
    const layout = readFileSync('src/layouts/ChapterLayout.astro', 'utf8');
    expect(layout).toMatch(/<CiteThisPage \/>/);
  });
  it('place each network widget in the chapter that teaches it', () => {
    const text = (prefix: string) => mine.find((c) => c.file.startsWith(prefix))?.text ?? '';
    expect(text('04')).toContain('<LatencyWidget />');
    expect(text('05')).toContain('<StepWidget />');
    expect(text('05')).toContain('<UtilisationWidget />');
  });
});
