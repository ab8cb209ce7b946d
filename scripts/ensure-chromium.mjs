// Browser tests drive Debian's Chromium; browsers cannot be downloaded here, so never `playwright install`.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
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
