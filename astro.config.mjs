// @ts-check
import { fileURLToPath } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import { pagefindIntegration } from './src/integrations/pagefind';
import { payloadIntegration } from './src/integrations/payload';
import { remarkBaseLinks } from './src/lib/markdown/remark-base-links';
import { normalizeBase } from './src/lib/site-url';

// Where the site is published (README, "Publish"). SITE_URL is the origin, e.g. https://user.github.io;
// without it canonical, og:image, the sitemap and citations carry no absolute URL rather than a made-up one.
// BASE_PATH is the folder it is served under, e.g. /superfactory/ for a GitHub Pages project site.
const site = process.env.SITE_URL || undefined;
const base = normalizeBase(process.env.BASE_PATH);

export default defineConfig({
  ...(site ? { site } : {}),
  base,
  // Separate output folders let several builds (tests, benches) run side by side.
  outDir: process.env.ASTRO_OUT_DIR ?? 'dist',
  trailingSlash: 'always',
  // Prose-like components (numbers with badges and citations) need the spaces between elements.
  compressHTML: true,
  integrations: [
    payloadIntegration(),
    mdx(),
    // A sitemap lists absolute URLs, so there is none without SITE_URL.
    ...(site ? [sitemap({ filter: (page) => !page.includes('/dev/') })] : []),
    pagefindIntegration(),
  ],
  // The page CSP (src/lib/csp/policy.ts) allows styles from files only: never inline a stylesheet.
  build: { inlineStylesheets: 'never' },
  markdown: {
    // MathML output: no KaTeX stylesheet or fonts, no inline styles, so the page stays CSP-clean.
    processor: unified({
      remarkPlugins: [remarkMath, [remarkBaseLinks, { base }]],
      rehypePlugins: [[rehypeKatex, { output: 'mathml' }]],
    }),
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
