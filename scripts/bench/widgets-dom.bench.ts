/**
 * Widgets' main-thread cost of putting a result on screen, in headless Chromium with the CPU throttled
 * 4x: for each widget the outputs of the bench's five moves (rendered in Node, widget-moves.ts) are
 * set into the page's output one after another, with innerHTML (before issue 18) and with patchHtml
 * (src/components/widgets/patch-html.ts, what shell-client does now), each followed by a forced
 * layout; median ms per move. Interleaved in one page, so the load of a shared machine hits both alike.
 */
import { buildSync } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../chromium';
import { serveBuild } from './serve-build';
import { BENCH_MOVES } from './widget-moves';
import { renderMove } from './widgets-model.bench';

const OUT_DIR = process.env.ASTRO_OUT_DIR ?? 'dist';

const patchScript = buildSync({
  entryPoints: [new URL('../../src/components/widgets/patch-html.ts', import.meta.url).pathname],
  bundle: true,
  format: 'iife',
  globalName: 'SfPatch',
  write: false,
}).outputFiles[0]?.text;

// Plain script text: functions written in the bench would reach the page wrapped in tsx's helpers.
const TIMER = `window.__sfTime = function (htmls, rounds) {
  var out = document.querySelector('[data-output]');
  var inner = [], patch = [];
  function one(list, f, h) { var t0 = performance.now(); f(h); void out.offsetHeight; list.push(performance.now() - t0); }
  for (var r = 0; r < rounds; r++) for (var i = 0; i < htmls.length; i++) {
    one(inner, function (h) { out.innerHTML = h; }, htmls[i]);
    one(patch, function (h) { SfPatch.patchHtml(out, h); }, htmls[(i + 1) % htmls.length]);
  }
  function med(xs) { xs.sort(function (a, b) { return a - b; }); return xs[xs.length >> 1]; }
  return { inner: med(inner), patch: med(patch) };
};`;

export default async function (): Promise<void> {
  if (!patchScript) throw new Error('patch-html did not bundle');
  const { port, close } = await serveBuild(OUT_DIR);
  const browser = await chromium.launch(chromiumLaunchOptions());
  console.log('Result into the page, main thread, CPU throttled 4x, median ms per move (forced layout included)');
  console.log('| widget      | output KB | innerHTML | patchHtml |');
  console.log('| ----------- | --------- | --------- | --------- |');
  try {
    for (const move of BENCH_MOVES) {
      const htmls = renderMove(move);
      if (!htmls) continue;
      // The bench's own script tags need the CSP off; nothing else on the page changes.
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
      await page.goto(`http://127.0.0.1:${port}/widgets/${move.id}/`);
      await page.addScriptTag({ content: patchScript });
      await page.addScriptTag({ content: TIMER });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      const t = (await page.evaluate(`window.__sfTime(${JSON.stringify(htmls)}, 2)`)) as {
        inner: number;
        patch: number;
      };
      const kb = htmls.reduce((a, h) => a + h.length, 0) / htmls.length / 1024;
      console.log(
        `| ${move.id.padEnd(11)} | ${kb.toFixed(0).padStart(9)} | ${t.inner.toFixed(0).padStart(9)} | ${t.patch.toFixed(0).padStart(9)} |`,
      );
      await page.close();
    }
  } finally {
    await browser.close();
    close();
  }
}
