/** A static server over a build folder on a free port, for benchmarks that drive Chromium. */
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain',
  '.xml': 'application/xml',
};

const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg)/;

/**
 * `base` is the path the folder is published under: the peer's Jekyll build links its assets under
 * its own base path, so it is served there rather than rebuilt for the root. `gzip` compresses text
 * for clients that accept it, as the static hosts the site is published on do (Lighthouse's timings
 * follow the bytes on the wire); byte-counting benches leave it off.
 */
export function serveBuild(
  outDir: string,
  { base = '/', gzip = false }: { base?: string; gzip?: boolean } = {},
): Promise<{ port: number; close: () => void }> {
  const server = createServer((req, res) => {
    let path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (!path.startsWith(base)) {
      res.writeHead(404).end();
      return;
    }
    path = `/${path.slice(base.length)}`;
    if (path.endsWith('/')) path += 'index.html';
    let file = join(outDir, path);
    try {
      // Jekyll writes `roofline.html` for `/roofline`; a folder without a slash gets its index.
      if (!extname(file) && !statSync(file, { throwIfNoEntry: false })) file += '.html';
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!statSync(file).isFile()) throw new Error('not a file');
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const body = readFileSync(file);
      if (gzip && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
        res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
        res.end(gzipSync(body));
        return;
      }
      res.writeHead(200, { 'content-type': type });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ port: typeof address === 'object' && address ? address.port : 0, close: () => server.close() });
    }),
  );
}
