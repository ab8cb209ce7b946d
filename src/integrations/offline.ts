import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildKit } from '../lib/offline/kit';
import { offlineManifest } from '../lib/offline/precache';
import { KIT_FILE, SERVICE_WORKER_FILE } from '../lib/offline/sections';

/**
 * After the build (and after Pagefind, which comes before this in astro.config.mjs): writes the service
 * worker with this build's manifest, then zips the whole output as the workshop kit. docs/OFFLINE.md.
 */

/** The line of src/lib/offline/service-worker.js the build replaces with the manifest. */
const MANIFEST_LINE = /^const OFFLINE = .*\/\/ MANIFEST$/m;

export function offlineIntegration(): AstroIntegration {
  let root: URL;
  let base = '/';
  return {
    name: 'superfactory:offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const files = await readBuiltFiles(dir);
        const manifest = offlineManifest(
          [...files].map(([path, bytes]) => ({ path, hash: createHash('sha256').update(bytes).digest('hex') })),
          base,
        );
        const template = await readFile(new URL('./src/lib/offline/service-worker.js', root), 'utf8');
        if (!MANIFEST_LINE.test(template)) throw new Error('service-worker.js has lost its "// MANIFEST" line');
        const worker = template.replace(MANIFEST_LINE, `const OFFLINE = ${JSON.stringify(manifest)};`);
        await writeFile(new URL(SERVICE_WORKER_FILE, dir), worker);
        files.set(SERVICE_WORKER_FILE, new TextEncoder().encode(worker));

        const server = await readFile(new URL('./scripts/serve.mjs', root));
        const kit = buildKit(files, server, base);
        const kitUrl = new URL(KIT_FILE, dir);
        await mkdir(new URL('./', kitUrl), { recursive: true });
        await writeFile(kitUrl, kit);
        logger.info(
          `Service worker ${manifest.version}: ${manifest.urls.length} files offline; kit ${(kit.length / 1024 / 1024).toFixed(1)} MB.`,
        );
      },
    },
  };
}

/** Every file of the output folder, by path relative to it ("chapters/x/index.html"). */
async function readBuiltFiles(dir: URL): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>();
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const rootPath = fileURLToPath(dir);
  for (const e of entries) {
    if (!e.isFile()) continue;
    const full = `${e.parentPath}/${e.name}`;
    const rel = full.slice(rootPath.length).replace(/^\/+/, '');
    // A kit left by an earlier build into the same folder is never part of the next.
    if (rel === KIT_FILE) continue;
    out.set(rel, await readFile(full));
  }
  return out;
}
