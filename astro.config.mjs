// @ts-check
import { fileURLToPath } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig, envField } from 'astro/config';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import { offlineIntegration } from './src/integrations/offline';
import { pagefindIntegration } from './src/integrations/pagefind';
import { payloadIntegration } from './src/integrations/payload';
import { remarkBaseLinks } from './src/lib/markdown/remark-base-links';
import { remarkGlossaryLinks } from './src/lib/markdown/remark-glossary-links';
import { normalizeBase } from './src/lib/site-url';

// Where the site is published (README, "Publish"). SITE_URL is the origin, e.g. https://user.github.io;
// without it canonical, og:image, the sitemap and citations carry no absolute URL rather than a made-up one.
// BASE_PATH is the folder it is served under, e.g. /superfactory/ for a GitHub Pages project site.
const site = process.env.SITE_URL || undefined;
const base = normalizeBase(process.env.BASE_PATH);

// MathML output: no KaTeX stylesheet or fonts, no inline styles, so the page stays CSP-clean.
/** @type {import('@astrojs/markdown-remark').RemarkPlugins} */
const remarkPlugins = [remarkMath, [remarkBaseLinks, { base }]];
/** @type {import('@astrojs/markdown-remark').RehypePlugins} */
const rehypePlugins = [[rehypeKatex, { output: 'mathml' }]];

export default defineConfig({
  ...(site ? { site } : {}),
  // Where readers report an error (src/lib/report-error.ts): the repository's issues when REPO_URL is
  // set, else ERRATA_EMAIL; read at build time, so a static build bakes them in.
  env: {
    schema: {
      REPO_URL: envField.string({ context: 'server', access: 'public', optional: true, url: true }),
      ERRATA_EMAIL: envField.string({ context: 'server', access: 'public', optional: true }),
    },
  },
  base,
  // Separate output folders let several builds (tests, benches) run side by side.
  outDir: process.env.ASTRO_OUT_DIR ?? 'dist',
  trailingSlash: 'always',
  // Prose-like components (numbers with badges and citations) need the spaces between elements.
  compressHTML: true,
  integrations: [
    payloadIntegration(),
    // Chapters link every glossary term where they first use it (terms before use).
    mdx({ processor: unified({ remarkPlugins: [...remarkPlugins, remarkGlossaryLinks], rehypePlugins }) }),
    // A sitemap lists absolute URLs, so there is none without SITE_URL.
    ...(site ? [sitemap({ filter: (page) => !page.includes('/dev/') })] : []),
    pagefindIntegration(),
    // After Pagefind: the service worker stores its index, and the kit zips the finished output.
    offlineIntegration(),
  ],
  // The page CSP (src/lib/csp/policy.ts) allows styles from files only: never inline a stylesheet.
  build: { inlineStylesheets: 'never' },
  markdown: {
    processor: unified({ remarkPlugins, rehypePlugins }),
  },
  vite: {
    build: { assetsInlineLimit: 0 },
    // Zod without its eval probe, which the CSP blocks (src/lib/zod-without-eval.ts).
    resolve: {
      alias: [
        { find: /^zod$/, replacement: fileURLToPath(new URL('./src/lib/zod-without-eval.ts', import.meta.url)) },
        // d3-scale's interpolators for numbers only, without d3-color (src/lib/chart/number-interpolators.ts).
        {
          find: /^d3-interpolate$/,
          replacement: fileURLToPath(new URL('./src/lib/chart/number-interpolators.ts', import.meta.url)),
        },
      ],
    },
  },
});
