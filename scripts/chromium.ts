/**
 * How everything here launches a browser: Debian's Chromium (browsers cannot be downloaded on these
 * machines, so never `playwright install`) with one set of flags, shared by the Playwright config,
 * the specs that need a second browser, `npm run bench` and the Chromium check before the e2e suite.
 */
import type { LaunchOptions } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

// Root needs --no-sandbox; the rest keep Chromium off the (closed) network.
const OFFLINE_FLAGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

// No GPU here: WebGL runs on the CPU, so the globe and campus upgrade to 3D as on a reader's machine.
const SOFTWARE_WEBGL_FLAGS = ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

// A reader whose browser has no WebGL at all: the 2D fallbacks must carry the page.
const NO_WEBGL_FLAGS = ['--disable-webgl', '--disable-3d-apis'];

export type WebGl = 'software' | 'none';

export function chromiumLaunchOptions(webgl: WebGl = 'software'): LaunchOptions {
  return {
    executablePath: CHROMIUM_PATH,
    args: [...OFFLINE_FLAGS, ...(webgl === 'none' ? NO_WEBGL_FLAGS : SOFTWARE_WEBGL_FLAGS)],
  };
}
