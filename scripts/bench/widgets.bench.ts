/**
 * Widgets: input-to-paint latency of a slider move in headless Chromium with the CPU throttled 4x
 * (CDP Emulation.setCPUThrottlingRate), and the JavaScript bytes (gzip) each widget page loads.
 * Two latencies: "input frame" is the time until the browser can paint after the input event (what
 * stutters if the main thread is busy); "result painted" is until the new output is on screen (the
 * step and utilisation widgets compute it in a Web Worker). Serves the build in ASTRO_OUT_DIR.
 */
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../chromium';
import { serveBuild } from './serve-build';

const OUT_DIR = process.env.ASTRO_OUT_DIR ?? 'dist';
const WIDGETS = [
  { id: 'latency', slider: '#latency-rf', values: ['1.1', '1.5', '2', '2.5', '1.3'] },
  { id: 'step', slider: '#step-km', values: ['500', '1500', '2500', '4000', '1000'] },
  { id: 'utilisation', slider: '#utilisation-km', values: ['500', '1500', '2500', '4000', '1000'] },
  { id: 'memory', slider: '#memory-tp', values: ['1', '2', '4', '16', '8'] },
  // log10 of the IT power per site in MW: ~32 MW to 1 GW.
  { id: 'power', slider: '#power-mw', values: ['1.5', '2', '2.5', '3', '2.57'] },
  { id: 'failures', slider: '#failures-ckpt-n', values: ['5', '30', '120', '600', '16'] },
  { id: 'build', slider: '#build-b1', values: ['1', '10', '100', '0.5', '50'] },
  { id: 'talkless', slider: '#talkless-km', values: ['500', '1500', '2500', '4000', '1000'] },
];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

export default async function (): Promise<void> {
  const { port, close } = await serveBuild(OUT_DIR);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    for (const w of WIDGETS) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const jsBytes = new Map<string, number>();
      page.on('response', async (res) => {
        const type = res.request().resourceType();
        if (type !== 'script' && !res.url().endsWith('.js')) return;
        try {
          jsBytes.set(res.url(), gzipSync(await res.body(), { level: 9 }).length);
        } catch {
          // a body the browser did not keep (e.g. a worker script): counted from the file below
        }
      });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.goto(`http://127.0.0.1:${port}/widgets/${w.id}/`);
      const root = page.locator(`sf-widget[data-widget="${w.id}"]`);
      await root.scrollIntoViewIfNeeded();
      await page.waitForSelector(`sf-widget[data-widget="${w.id}"][data-ready]`, { timeout: 30_000 });
      const inputFrame: number[] = [];
      const painted: number[] = [];
      for (const value of w.values) {
        const t = await page.evaluate(
          ({ selector, value, id }) =>
            new Promise<{ frame: number; painted: number }>((resolve) => {
              const el = document.querySelector<HTMLInputElement>(selector);
              const out = document.querySelector(`sf-widget[data-widget="${id}"] [data-output]`);
              if (!el || !out) throw new Error('widget markup missing');
              let frame = -1;
              const t0 = performance.now();
              const observer = new MutationObserver(() => {
                observer.disconnect();
                // No named inner functions: tsx would wrap them in a helper the page does not have.
                requestAnimationFrame(() =>
                  setTimeout(() => {
                    const p = performance.now() - t0;
                    if (frame >= 0) resolve({ frame, painted: p });
                    else requestAnimationFrame(() => resolve({ frame, painted: p }));
                  }, 0),
                );
              });
              observer.observe(out, { childList: true, subtree: true, characterData: true });
              el.value = value;
              el.dispatchEvent(new Event('input', { bubbles: true }));
              requestAnimationFrame(() =>
                setTimeout(() => {
                  frame = performance.now() - t0;
                }, 0),
              );
            }),
          { selector: w.slider, value, id: w.id },
        );
        inputFrame.push(t.frame);
        painted.push(t.painted);
      }
      await page.waitForTimeout(500);
      const total = [...jsBytes.values()].reduce((a, b) => a + b, 0);
      console.log(
        `${w.id.padEnd(12)} input frame median ${median(inputFrame).toFixed(0)} ms (max ${Math.max(...inputFrame).toFixed(0)}), ` +
          `result painted median ${median(painted).toFixed(0)} ms (max ${Math.max(...painted).toFixed(0)}), ` +
          `JS ${(total / 1024).toFixed(1)} KB gzip in ${jsBytes.size} files [CPU 4x slower]`,
      );
      await page.close();
    }
  } finally {
    await browser.close();
    close();
  }
}
