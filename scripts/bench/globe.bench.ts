/**
 * `npm run bench -- globe`: our globe against globe.gl drawing the same sites and arcs, in one run of
 * headless Chromium (SwiftShader): gzip bytes of the JavaScript each needs, time from entering the
 * viewport to the first frame, and CPU time per frame (inside renderer.render) over a 10 s orbit.
 * Then the campus at 20,000+ racks. Prints figures; never passes or fails on them.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from '../chromium';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const ORBIT_MS = 10_000;
const VIEWPORT = { width: 1280, height: 900 };

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

function serve(dirs: Record<string, string>): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const [prefix, dir] = Object.entries(dirs).find(([p]) => url.pathname.startsWith(p)) ?? ['/', ''];
    let file = normalize(join(dir, decodeURIComponent(url.pathname.slice(prefix.length - 1))));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, base: `http://127.0.0.1:${port}` });
    });
  });
}

function stats(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? Number.NaN;
  return { n: s.length, median: at(0.5), p95: at(0.95) };
}

const f1 = (x: number) => x.toFixed(1);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function recordScripts(page: Page) {
  const bodies = new Map<string, Buffer>();
  page.on('response', async (r) => {
    if (r.request().resourceType() !== 'script') return;
    try {
      bodies.set(r.url(), await r.body());
    } catch {
      // A response without a body (redirect) carries no bytes.
    }
  });
  return bodies;
}

// Page-side code is passed as strings: tsx would otherwise inject its __name helper into it.
async function orbitTimes(page: Page, drive: string): Promise<number[]> {
  return page.evaluate(`(async () => {
    const hook = window.benchHook;
    hook.renderMs.length = 0;
    hook.recording = true;
    const step = (t) => { ${drive}; };
    const t0 = performance.now();
    await new Promise((resolve) => {
      function tick(now) {
        step((now - t0) / 1000);
        if (now - t0 < ${ORBIT_MS}) requestAnimationFrame(tick);
        else resolve();
      }
      requestAnimationFrame(tick);
    });
    hook.recording = false;
    return [...hook.renderMs];
  })()`);
}

/** Wraps our renderer's render() the same way the globe.gl page does. */
async function instrument(page: Page, rendererExpr: string) {
  await page.evaluate(`(() => {
    const renderer = ${rendererExpr};
    const hook = { renderMs: [], recording: false };
    const render = renderer.render.bind(renderer);
    renderer.render = function (a, b) {
      const s = performance.now();
      render(a, b);
      if (hook.recording) hook.renderMs.push(performance.now() - s);
    };
    window.benchHook = hook;
  })()`);
}

export default async function globeBench(): Promise<void> {
  const work = join(tmpdir(), 'sf-bench-globe');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const siteDir = join(work, 'site');
  const ggDir = join(work, 'globegl');
  mkdirSync(ggDir);

  console.log('building the site into', siteDir);
  execSync('npm run build', { cwd: root, env: { ...process.env, ASTRO_OUT_DIR: siteDir }, stdio: 'ignore' });
  execSync(
    `npx esbuild ${join(here, 'globe-gl-page.ts')} --bundle --minify --format=esm --outfile=${join(ggDir, 'bench.js')} --log-level=error`,
    { cwd: root, stdio: 'inherit' },
  );

  const { server, base } = await serve({ '/globegl/': ggDir, '/': siteDir });
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    // --- ours --------------------------------------------------------------------------------
    const ctx = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    const page = await ctx.newPage();
    const bodies = await recordScripts(page);
    await page.goto(`${base}/explore/globe/`);
    await page.waitForFunction(() => document.querySelector('sf-globe')?.getAttribute('data-mode') === '3d', null, {
      timeout: 60_000,
    });
    await page.waitForFunction(() => performance.getEntriesByName('globe:first-frame').length > 0);
    const html = readFileSync(join(siteDir, 'explore', 'globe', 'index.html'), 'utf8');
    const initialSrcs = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1] ?? '');
    let initialGz = 0;
    let lazyGz = 0;
    let threeInInitial = false;
    for (const [url, body] of bodies) {
      const gz = gzipSync(body, { level: 9 }).length;
      if (initialSrcs.some((s) => url.endsWith(s))) {
        initialGz += gz;
        if (body.includes('WebGLRenderer')) threeInInitial = true;
      } else lazyGz += gz;
    }
    const oursFirstFrameMs = await page.evaluate(() => {
      const a = performance.getEntriesByName('globe:near-viewport')[0]?.startTime ?? 0;
      const b = performance.getEntriesByName('globe:first-frame')[0]?.startTime ?? 0;
      return b - a;
    });
    const size = await page.locator('.globe-canvas').boundingBox();
    const payload = JSON.parse((await page.locator('script[data-globe-payload]').textContent()) ?? '{}') as {
      sites: { id: string; shortName: string; lat: number; lon: number }[];
      links: { from: string; to: string }[];
      center: { lat: number; lon: number };
      zoom: number;
    };
    await instrument(page, "document.querySelector('sf-globe').sfTest.renderer()");
    const c = payload.center;
    const ours = stats(
      await orbitTimes(
        page,
        `document.querySelector('sf-globe').sfTest.setCamera({ lat: ${c.lat}, lon: ${c.lon} + t * 18, zoom: ${payload.zoom} })`,
      ),
    );
    await ctx.close();

    // --- globe.gl ----------------------------------------------------------------------------
    const byId = new Map(payload.sites.map((s) => [s.id, s]));
    const benchData = {
      sites: payload.sites,
      links: payload.links.map((l) => ({ from: byId.get(l.from), to: byId.get(l.to), oneWayMs: 6.8 })),
      center: c,
      width: Math.round(size?.width ?? 1280),
      height: Math.round(size?.height ?? 675),
    };
    writeFileSync(
      join(ggDir, 'index.html'),
      `<!doctype html><meta charset="utf-8"><body style="margin:0"><div id="globe"></div><script type="module">
const data = ${JSON.stringify(benchData)};
const t0 = performance.now();
import('./bench.js').then((m) => m.start(t0, data));
</script>`,
    );
    const ggBytes = gzipSync(readFileSync(join(ggDir, 'bench.js')), { level: 9 }).length;
    const ctx2 = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    const page2 = await ctx2.newPage();
    await page2.goto(`${base}/globegl/`);
    await page2.waitForFunction(
      () => (window as unknown as { benchHook?: { firstFrameAt: number } }).benchHook?.firstFrameAt,
      null,
      {
        timeout: 60_000,
      },
    );
    const ggFirstFrameMs = await page2.evaluate(() => {
      const h = (window as unknown as { benchHook: { t0: number; firstFrameAt: number } }).benchHook;
      return h.firstFrameAt - h.t0;
    });
    const gg = stats(
      await orbitTimes(
        page2,
        `window.benchHook.globe.pointOfView({ lat: ${c.lat}, lng: ${c.lon} + t * 18, altitude: 1.2 }, 0)`,
      ),
    );
    await ctx2.close();

    // --- campus at 20,000+ racks --------------------------------------------------------------
    const ctx3 = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    const page3 = await ctx3.newPage();
    await page3.goto(`${base}/explore/campus/?v=1&campus.mw=4000`);
    await page3.waitForFunction(() => document.querySelector('sf-campus')?.getAttribute('data-mode') === '3d', null, {
      timeout: 60_000,
    });
    await page3.waitForFunction(() => performance.getEntriesByName('campus:first-frame').length > 0);
    const campusInfo = await page3.evaluate(() =>
      (
        document.querySelector('sf-campus') as unknown as { sfTest: { debug(): Record<string, number> } }
      ).sfTest.debug(),
    );
    await instrument(page3, "document.querySelector('sf-campus').sfTest.view.renderer");
    const campus = stats(
      await orbitTimes(
        page3,
        `document.querySelector('sf-campus').sfTest.view.render({ azimuth: 0.7 + t * 0.3, elevation: 0.6, zoom: 1 })`,
      ),
    );
    await ctx3.close();

    console.log('\nGlobe vs globe.gl (same sites, arcs and land outlines; headless Chromium, SwiftShader)');
    console.log(`  canvas ${benchData.width}×${benchData.height} px, DPR 1, ${ORBIT_MS / 1000} s orbit`);
    console.log(`  ours: initial JS ${kb(initialGz)} gz (three.js in initial load: ${threeInInitial ? 'YES' : 'no'})`);
    console.log(`  ours: lazy JS    ${kb(lazyGz)} gz (controller, engine, three.js, land)`);
    console.log(`  ours: total      ${kb(initialGz + lazyGz)} gz`);
    console.log(`  globe.gl bundle  ${kb(ggBytes)} gz (globe.gl + three + land, esbuild --minify)`);
    console.log(`  bytes ratio ours/globe.gl: ${((initialGz + lazyGz) / ggBytes).toFixed(2)}×`);
    console.log(
      `  near viewport -> first frame: ours ${f1(oursFirstFrameMs)} ms, globe.gl ${f1(ggFirstFrameMs)} ms (ratio ${(oursFirstFrameMs / ggFirstFrameMs).toFixed(2)}×)`,
    );
    console.log(
      `  render() CPU per frame: ours median ${f1(ours.median)} ms, p95 ${f1(ours.p95)} ms (${ours.n} frames)`,
    );
    console.log(`                      globe.gl median ${f1(gg.median)} ms, p95 ${f1(gg.p95)} ms (${gg.n} frames)`);
    console.log(
      `  frame-time ratio ours/globe.gl: median ${(ours.median / gg.median).toFixed(2)}×, p95 ${(ours.p95 / gg.p95).toFixed(2)}×`,
    );
    // SwiftShader rasterises on the CPU in the GPU process, outside render(): frames drawn per
    // orbit show that cost, which render() timing alone hides.
    const wallOurs = ORBIT_MS / Math.max(1, ours.n);
    const wallGg = ORBIT_MS / Math.max(1, gg.n);
    console.log(
      `  wall time per drawn frame: ours ${f1(wallOurs)} ms, globe.gl ${f1(wallGg)} ms (ratio ${(wallOurs / wallGg).toFixed(2)}×)`,
    );
    console.log(`\nCampus at ${campusInfo.racks} racks: ${campusInfo.calls} draw calls`);
    console.log(
      `  render() CPU per frame: median ${f1(campus.median)} ms, p95 ${f1(campus.p95)} ms (${campus.n} frames)`,
    );
  } finally {
    await browser.close();
    server.close();
  }
}
