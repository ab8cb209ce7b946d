/**
 * Whole-site checks over the build output, with no browser: every page is valid HTML (html-validate,
 * config in .htmlvalidate.json, the rules turned off and why in docs/QUALITY.md) and every animation
 * or transition in the site's CSS stops for a reader who asked for reduced motion.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { type ConfigData, HtmlValidate, StaticConfigLoader } from 'html-validate';
import { fileFor } from './built-links';
import { builtPages, OUT_DIR } from './helpers';
import { motionGaps } from './reduced-motion-css';

test('every built page is valid HTML (html-validate)', async () => {
  test.setTimeout(120_000);
  const config = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as ConfigData;
  const validator = new HtmlValidate(new StaticConfigLoader(config));
  const errors: string[] = [];
  for (const page of builtPages()) {
    const report = await validator.validateFile(fileFor(page));
    for (const result of report.results)
      for (const m of result.messages) errors.push(`${page} ${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
  expect(errors).toEqual([]);
});

test('every animation and transition stops under prefers-reduced-motion: reduce', () => {
  const assets = join(OUT_DIR, '_astro');
  const css = readdirSync(assets)
    .filter((f) => f.endsWith('.css'))
    .map((f) => readFileSync(join(assets, f), 'utf8'));
  const html = builtPages().map((p) => readFileSync(fileFor(p), 'utf8'));
  const { animated, gaps } = motionGaps(css, html);
  // The check sees the site's moving parts (the landing pulse, the build widget's rings, the globe's labels).
  expect(animated.length).toBeGreaterThan(2);
  expect(gaps).toEqual([]);
});
