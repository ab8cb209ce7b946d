// @ts-check
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import { pagefindIntegration } from './src/integrations/pagefind';

// The canonical origin; override with SITE_URL when deploying elsewhere.
const site = process.env.SITE_URL ?? 'https://superfactory.example.org';

export default defineConfig({
  site,
  // Separate output folders let several builds (tests, benches) run side by side.
  outDir: process.env.ASTRO_OUT_DIR ?? 'dist',
  trailingSlash: 'always',
  // Prose-like components (numbers with badges and citations) need the spaces between elements.
  compressHTML: true,
  integrations: [mdx(), sitemap({ filter: (page) => !page.includes('/dev/') }), pagefindIntegration()],
  markdown: {
    // MathML output: no KaTeX stylesheet or fonts, no inline styles, so the page stays CSP-clean.
    processor: unified({
      remarkPlugins: [remarkMath],
      rehypePlugins: [[rehypeKatex, { output: 'mathml' }]],
    }),
  },
  vite: {
    build: { assetsInlineLimit: 0 },
  },
});
