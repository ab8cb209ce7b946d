import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Full-text search index, written to <outDir>/pagefind/ at the end of every build (Starlight's
 * pattern: Pagefind's Node API in astro:build:done). Only chapter pages are read, and within them
 * only the element marked `data-pagefind-body` (the chapter <article>), so menus and footers stay out.
 */
/** Built chapter pages, relative to the output directory (src/pages/chapters/[slug].astro). */
export const CHAPTER_PAGES = 'chapters/*/index.html';

const UNUSED_UI_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'superfactory:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await buildSearchIndex(dir, logger);
      },
    },
  };
}

async function buildSearchIndex(dir: URL, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  try {
    const created = await pagefind.createIndex({ forceLanguage: 'en' });
    const index = check(created, 'create the index').index;
    if (!index) throw new Error('Pagefind returned no index');
    // Chapter pages only: the home page, chapter list, globe and dev pages would only echo chapter text.
    const added = check(
      await index.addDirectory({ path: fileURLToPath(dir), glob: CHAPTER_PAGES }),
      'read the built HTML',
    );
    if (added.page_count === 0) {
      throw new Error(`found no pages matching ${CHAPTER_PAGES} in ${fileURLToPath(dir)}`);
    }
    const outDir = new URL('./pagefind/', dir);
    check(await index.writeFiles({ outputPath: fileURLToPath(outDir) }), 'write the index');
    // Our dialog talks to pagefind.js directly; Pagefind's ready-made UIs (~390 kB) would ship unused.
    await Promise.all(UNUSED_UI_FILES.map((f) => rm(new URL(f, outDir), { force: true })));
    logger.info(`Indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms.`);
  } finally {
    await pagefind.close();
  }
}

function check<T extends { errors: string[] }>(response: T, step: string): T {
  if (response.errors.length > 0) {
    throw new Error(`Pagefind could not ${step}:\n  ${response.errors.join('\n  ')}`);
  }
  return response;
}
