// Before the browser tests: Chromium where scripts/chromium.ts expects it, installed from Debian when we are root.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH as chrome } from './chromium';

if (!existsSync(chrome)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(
      `Chromium not found at ${chrome}: run \`sudo apt-get update && sudo apt-get install -y chromium\` (or set CHROME_PATH).`,
    );
    process.exit(1);
  }
  console.log(`Chromium not found at ${chrome}; installing Debian's chromium package…`);
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
  });
  if (!existsSync(chrome)) {
    console.error(`apt-get finished but ${chrome} is still missing; set CHROME_PATH to your Chromium.`);
    process.exit(1);
  }
}
