/**
 * The training demo: inner steps per second in Node (one site's step of the demo's model and batch),
 * wall and CPU time of the default demo (every algorithm, default settings) in Node, then in headless
 * Chromium the same default run in the page's Web Worker without and with 4x CPU throttling (a stand-in
 * for a phone), whether the browser's curves equal Node's bit for bit, and the bytes the page loads.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { trainDemoConfig } from '../../src/figures/widgets/train/config';
import { curveDigest } from '../../src/figures/widgets/train/model';
import { trainUrl } from '../../src/figures/widgets/train/state';
import { runDemo } from '../../src/lib/train';
import { demoTask } from '../../src/lib/train/demo';
import { adamW } from '../../src/lib/train/optim';
import { createSites, siteGradient } from '../../src/lib/train/setup';
import { chromiumLaunchOptions } from '../chromium';
import { serveBuild } from './serve-build';

const OUT_DIR = process.env.ASTRO_OUT_DIR ?? 'dist';
const TEXT = readFileSync(new URL('../../content/data/corpus/shakespeare-excerpt.txt', import.meta.url), 'utf8');

/** Per second of wall time and of this process's CPU time (the machine is shared). */
function innerStepsPerSecond(): { wall: number; cpu: number } {
  const config = trainDemoConfig(trainUrl.defaults());
  const { setup } = demoTask(TEXT, config);
  const [site] = createSites(setup);
  if (!site) throw new Error('no site');
  const params = Float32Array.from(setup.init);
  const opt = adamW(params.length, { lr: config.innerLr });
  const step = () => {
    siteGradient(setup, site, params);
    opt.step(params, site.grad);
  };
  for (let i = 0; i < 200; i++) step();
  const n = 2000;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (let i = 0; i < n; i++) step();
  return { wall: n / ((performance.now() - t0) / 1000), cpu: n / (process.cpuUsage(c0).user / 1e6) };
}

async function inBrowser(nodeDigest: string): Promise<void> {
  const { port, close } = await serveBuild(OUT_DIR);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    for (const rate of [1, 4]) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      let bytes = 0;
      page.on('response', async (res) => {
        try {
          bytes += gzipSync(await res.body(), { level: 9 }).length;
        } catch {
          // bodies the browser did not keep
        }
      });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      await page.goto(`http://127.0.0.1:${port}/widgets/train/`);
      const root = page.locator('sf-widget[data-widget="train"]');
      await root.scrollIntoViewIfNeeded();
      await page.waitForSelector('sf-widget[data-widget="train"][data-ready]', { timeout: 60_000 });
      await page.waitForLoadState('networkidle');
      const before = bytes;
      const t0 = Date.now();
      await root.locator('[data-train-start]').click();
      await page.waitForSelector('[data-curve-digest]', { timeout: 600_000 });
      const ms = Date.now() - t0;
      const digest = await page.getAttribute('[data-curve-digest]', 'data-curve-digest');
      console.log(
        `browser, CPU throttled ${rate}x: default demo ${(ms / 1000).toFixed(2)} s from Train to the painted result; curves ${digest === nodeDigest ? 'identical to' : 'DIFFERENT from'} Node's`,
      );
      if (rate === 1) {
        const worker = readdirSync(join(OUT_DIR, '_astro')).find((f) => /^train\.worker-.*\.js$/.test(f));
        const workerGz = worker ? gzipSync(readFileSync(join(OUT_DIR, '_astro', worker)), { level: 9 }).length : 0;
        console.log(
          `page load (gzip, before Train): ${(before / 1024).toFixed(1)} KB; the training worker (with the corpus): ${(workerGz / 1024).toFixed(1)} KB`,
        );
      }
      await page.close();
    }
  } finally {
    await browser.close();
    close();
  }
}

export default async function (): Promise<void> {
  const rate = innerStepsPerSecond();
  console.log(
    `inner steps per second in Node (one site, default model and batch): ${rate.wall.toFixed(0)} per wall second, ${rate.cpu.toFixed(0)} per CPU second`,
  );
  const config = trainDemoConfig(trainUrl.defaults());
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const result = runDemo(TEXT, config);
  const wallS = (performance.now() - t0) / 1000;
  const cpuS = process.cpuUsage(c0).user / 1e6;
  console.log(
    `default demo in Node (${config.algorithms.length} algorithms, ${config.sites} sites, ${config.steps} steps): ${wallS.toFixed(2)} s wall, ${cpuS.toFixed(2)} s CPU (target < 3 s)`,
  );
  for (const r of result.runs)
    console.log(
      `  ${r.id.padEnd(17)} final loss ${r.finalLoss.toFixed(4)}  WAN ${r.wanBytes} B  utilisation ${(r.utilisation * 100).toFixed(1)}%`,
    );
  console.log(`  bigram baseline ${result.bigramLoss.toFixed(4)}`);
  await inBrowser(curveDigest(result));
}
