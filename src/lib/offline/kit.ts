/**
 * The workshop kit: the built site as one zip an instructor downloads before the session, with the
 * zero-dependency LAN server (scripts/serve.mjs) and a one-page how-to. Pure: the build hook passes the
 * files in. Layout inside the zip: superfactory-kit/{HOW-TO-RUN-OFFLINE.md, serve.mjs, site/…}.
 */
import { type Zippable, zipSync } from 'fflate';
import { normalizeBase } from '../site-url';
import { KIT_FILE } from './sections';

export const KIT_FOLDER = 'superfactory-kit';
export const HOW_TO_FILE = 'HOW-TO-RUN-OFFLINE.md';
export const SERVER_FILE = 'serve.mjs';

/** Formats that are compressed already: stored as they are, which is as small and much faster. */
const STORED = /\.(png|jpe?g|webp|avif|woff2?|zip|gz|br|pagefind|pf_fragment|pf_index|pf_meta)$/i;

/** The how-to, for a site built under `base`: the one command, what it prints, what to tell the room. */
export function howToRunOffline(base: string): string {
  const b = normalizeBase(base);
  const command = b === '/' ? 'node serve.mjs' : `node serve.mjs --base ${b}`;
  return `# How to run Superfactory in a room without internet

You need one laptop with Node.js 18 or newer (\`node --version\`) and a Wi-Fi network or hotspot that the
participants' phones and laptops can join. No internet is needed during the session.

1. Unzip this kit anywhere and open a terminal in the \`${KIT_FOLDER}\` folder.
2. Run \`${command}\`
   (another port: add \`--port 8080\`; the default is 4321).
3. It prints the addresses it serves at, such as \`http://192.168.1.20:4321${b}\`. Open that address on
   the projector's browser, and give the room the same address (or the slides' QR codes, which point at the
   address the presenter view was opened at). Keep the terminal open; Ctrl+C stops the server.

If the phones cannot reach the address: join them to the same network as the laptop, and allow Node.js
through the laptop's firewall (Windows asks the first time; macOS under System Settings, Network, Firewall).

## Why a server, and not the files themselves

Opening \`site/index.html\` straight from the disk (a \`file://\` address) shows the text without its styles
and with no working widgets: the pages load their styles and scripts from addresses that start at the site's
root (\`${b}_astro/…\`), which on a disk means the root of the drive, and browsers refuse to run module
scripts and Web Workers from \`file://\` at all. Any static web server serving the \`site\` folder works;
\`serve.mjs\` is one that needs nothing but Node.

## Offline in the browser

On a site served over HTTPS (or on the laptop itself, at \`http://localhost:4321${b}\`), one visit stores the
workshop, chapters, widgets, methods and glossary in the browser, and they then open without any network.
Over plain \`http://\` to another machine's address, as in a room, browsers do not allow that: keep the laptop's
server running for the whole session.

The kit itself (\`${KIT_FILE}\`) is not inside the kit.
`;
}

/** Zips the built site (`files`: path relative to the output folder, bytes) with the server and how-to. */
export function buildKit(files: ReadonlyMap<string, Uint8Array>, server: Uint8Array, base: string): Uint8Array {
  const tree: Zippable = {
    [`${KIT_FOLDER}/${HOW_TO_FILE}`]: new TextEncoder().encode(howToRunOffline(base)),
    [`${KIT_FOLDER}/${SERVER_FILE}`]: server,
  };
  for (const [path, bytes] of files) {
    // Never a zip in the zip: the kit itself, or one a later build step left behind.
    if (path.endsWith('.zip')) continue;
    tree[`${KIT_FOLDER}/site/${path}`] = [bytes, { level: STORED.test(path) ? 0 : 6 }];
  }
  // A fixed date keeps the zip's bytes the same for the same site.
  return zipSync(tree, { mtime: new Date('2026-01-01T00:00:00Z') });
}
