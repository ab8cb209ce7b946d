#!/usr/bin/env node
/**
 * Serves a built Superfactory site on the local network: `npm run serve:lan` in the repository, and
 * `node serve.mjs` in the workshop kit (src/lib/offline/kit.ts copies this file into the zip, so it must
 * need nothing but Node 18 or newer). `astro preview` listens on 127.0.0.1 only; this listens on every
 * interface and prints the addresses phones in the room can open.
 *
 * It answers as the static hosts the site is built for do: the site's own `_headers` (its
 * Content-Security-Policy and the rest) on every response, a folder's index.html, a redirect from
 * /folder to /folder/, and the site's 404 page with status 404.
 *
 *   node serve.mjs [folder] [--port 4321] [--host 0.0.0.0] [--base /]
 *
 * The folder defaults to `site` beside this file when there is one (the kit), else the current folder.
 * --base (or BASE_PATH) is the path the site was built under; PORT sets the port too.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { networkInterfaces } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.zip': 'application/zip',
};

/**
 * @typedef {{ pattern: string, headers: Map<string, string>, detached: Set<string> }} HeaderRule
 * A rule of a Netlify / Cloudflare Pages `_headers` file: a path pattern, its `Name: value` lines, and its
 * `! Name` lines (Cloudflare Pages: headers a broader rule attached that this path drops).
 */

/** @param {string} text @returns {HeaderRule[]} */
export function parseHeadersFile(text) {
  /** @type {HeaderRule[]} */
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: new Map(), detached: new Set() });
      continue;
    }
    const detach = /^\s+!\s*(\S+)\s*$/.exec(line);
    if (detach?.[1]) {
      rules.at(-1)?.detached.add(detach[1].toLowerCase());
      continue;
    }
    const i = line.indexOf(':');
    rules.at(-1)?.headers.set(line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim());
  }
  return rules;
}

/**
 * Headers a host sends for `path` (site path, no base): every matching rule's, `*` matching any run of characters.
 * @param {HeaderRule[]} rules @param {string} path @returns {Map<string, string>}
 */
export function headersForPath(rules, path) {
  /** @type {Map<string, string>} */
  const out = new Map();
  for (const rule of rules) {
    const re = new RegExp(`^${rule.pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    if (!re.test(path)) continue;
    for (const name of rule.detached) out.delete(name);
    for (const [k, v] of rule.headers) out.set(k, v);
  }
  return out;
}

/** @param {string | undefined} base */
function normalizeBase(base) {
  const trimmed = (base ?? '').replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** @param {string} file */
function mimeType(file) {
  const dot = file.lastIndexOf('.');
  return (
    (dot >= 0 && MIME_TYPES[/** @type {keyof typeof MIME_TYPES} */ (file.slice(dot).toLowerCase())]) ||
    'application/octet-stream'
  );
}

/**
 * Starts serving `dir` and resolves once it listens (port 0: any free port, read it from `server.address()`).
 * @param {{ dir: string, port?: number, host?: string, base?: string }} options
 * @returns {Promise<import('node:http').Server>}
 */
export function startServer({ dir, port = 4321, host = '0.0.0.0', base = '/' }) {
  const root = resolve(dir);
  const prefix = normalizeBase(base);
  const headersFile = join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];

  /** @param {string} sitePath @returns {string | undefined} the file, or undefined when there is none */
  const fileFor = (sitePath) => {
    const full = resolve(root, `.${sitePath}`);
    if (full !== root && !full.startsWith(root + sep)) return undefined;
    return existsSync(full) ? full : undefined;
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      pathname = '';
    }
    if (url.pathname === '/' && prefix !== '/') {
      res.writeHead(302, { Location: prefix }).end();
      return;
    }
    // The site's path without the base, as _headers and the folder know it; outside the base, nothing.
    const sitePath = pathname.startsWith(prefix) ? `/${pathname.slice(prefix.length)}` : undefined;
    /** @param {number} status @param {string} file @param {string} headerPath */
    const send = (status, file, headerPath) => {
      const body = readFileSync(file);
      /** @type {Record<string, string>} */
      const headers = { 'content-type': mimeType(file), 'content-length': String(body.length) };
      // Pages and the service worker must be asked for again, or a new build stays hidden; _headers
      // marks the hashed assets immutable.
      headers['cache-control'] = 'no-cache';
      for (const [name, value] of headersForPath(rules, headerPath)) headers[name] = value;
      res.writeHead(status, headers).end(req.method === 'HEAD' ? undefined : body);
    };
    const found = sitePath && sitePath !== '/_headers' && !sitePath.includes('\0') ? fileFor(sitePath) : undefined;
    if (found && statSync(found).isDirectory()) {
      if (!sitePath?.endsWith('/')) {
        res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      const index = join(found, 'index.html');
      if (existsSync(index)) return send(200, index, sitePath);
    } else if (found && sitePath) {
      return send(200, found, sitePath);
    }
    const notFound = join(root, '404.html');
    if (existsSync(notFound)) return send(404, notFound, '/404.html');
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
  });

  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => done(server));
  });
}

/** Addresses other machines can reach this one at (IPv4, not loopback). */
export function lanAddresses() {
  return Object.values(networkInterfaces())
    .flat()
    .filter((a) => a && a.family === 'IPv4' && !a.internal)
    .map((a) => /** @type {import('node:os').NetworkInterfaceInfo} */ (a).address);
}

/** @param {string[]} args */
function parseArgs(args) {
  /** @type {Record<string, string>} */
  const flags = {};
  const rest = [];
  for (let i = 0; i < args.length; i++) {
    const arg = /** @type {string} */ (args[i]);
    if (arg.startsWith('--')) flags[arg.slice(2)] = args[++i] ?? '';
    else rest.push(arg);
  }
  return { flags, dir: rest[0] };
}

async function main() {
  const { flags, dir } = parseArgs(process.argv.slice(2));
  const beside = join(dirname(fileURLToPath(import.meta.url)), 'site');
  const folder = dir ?? (existsSync(beside) ? beside : '.');
  const port = Number(flags.port ?? process.env.PORT ?? 4321);
  const host = flags.host ?? '0.0.0.0';
  const base = normalizeBase(flags.base ?? process.env.BASE_PATH);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`serve.mjs: --port must be a whole number from 0 to 65535, not "${flags.port ?? process.env.PORT}"`);
    process.exit(2);
  }
  if (!existsSync(join(folder, 'index.html'))) {
    console.error(
      `serve.mjs: no index.html in ${resolve(folder)}: pass the built site's folder (npm run build makes dist/)`,
    );
    process.exit(2);
  }
  let server;
  try {
    server = await startServer({ dir: folder, port, host, base });
  } catch (error) {
    const code = /** @type {NodeJS.ErrnoException} */ (error).code;
    console.error(code === 'EADDRINUSE' ? `serve.mjs: port ${port} is in use: try --port ${port + 1}` : String(error));
    process.exit(1);
  }
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  const lan = host === '0.0.0.0' ? lanAddresses() : [];
  console.log(`Serving ${resolve(folder)}`);
  console.log(`  on this computer:     http://localhost:${actual}${base}`);
  for (const ip of lan) console.log(`  on the local network: http://${ip}:${actual}${base}`);
  if (host === '0.0.0.0' && lan.length === 0)
    console.log('  (no network found: join a Wi-Fi network or start a hotspot)');
  console.log('Press Ctrl+C to stop.');
  const stop = () => {
    server.close(() => process.exit(0));
    // Open keep-alive connections would hold the process (and a browser's requests) until they time out.
    server.closeAllConnections();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
