import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium';
import { normalizeBase } from './src/lib/site-url';

const port = Number(process.env.PORT ?? 4322);
// A build made for BASE_PATH is served (and answers) under it only.
const base = normalizeBase(process.env.BASE_PATH);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? 'line' : 'list',
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // Each page would otherwise install the offline worker, which downloads the site in the background on
    // every fresh load; offline.spec.ts allows them and tests the worker (docs/OFFLINE.md).
    serviceWorkers: 'block',
    launchOptions: chromiumLaunchOptions(),
  },
  webServer: {
    // The built site, served as `npm start` serves it; Astro 7 would background itself without the opt-out.
    command: `npx astro preview --host 127.0.0.1 --port ${port} --ignore-lock`,
    env: {
      ASTRO_PREVIEW_BACKGROUND: '0',
      ASTRO_TELEMETRY_DISABLED: '1',
      ASTRO_OUT_DIR: process.env.ASTRO_OUT_DIR ?? 'dist',
    },
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
