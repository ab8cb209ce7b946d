import { chromium } from 'playwright-core';
import { serveBuild } from './bench/serve-build';

const { port, close } = await serveBuild('dist-bud');
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
});
const shots: [string, number, string, string][] = JSON.parse(process.argv[2] ?? '[]');
for (const [path, width, theme, what] of shots) {
  const ctx = await browser.newContext({
    viewport: { width, height: width < 600 ? 915 : 800 },
    colorScheme: theme as 'light' | 'dark',
  });
  const page = await ctx.newPage();
  await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'networkidle' });
  const name = `/tmp/shot-${path.replace(/\W+/g, '_')}-${width}-${theme}-${what.replace(/\W+/g, '_')}.png`;
  if (what === 'page') await page.screenshot({ path: name });
  else {
    const el = page.locator(what).first();
    await el.scrollIntoViewIfNeeded();
    await page.waitForTimeout(2500);
    await el.screenshot({ path: name });
  }
  console.log(name);
  await ctx.close();
}
await browser.close();
close();
