/**
 * The LAN server of the workshop kit (scripts/serve.mjs) over a small built-like folder: pages, assets
 * and their types, the site's _headers, folders, the 404 page, paths that try to leave the folder, and
 * the command line a teacher runs.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../scripts/serve.mjs';

const dir = mkdtempSync(join(tmpdir(), 'serve-lan-'));
const put = (path: string, text: string) => {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), text);
};
put('index.html', '<!doctype html><title>Home</title>');
put('chapters/x/index.html', '<!doctype html><title>Chapter X</title>');
put('_astro/page.abc.js', 'export {};');
put('_astro/page.abc.css', 'body{}');
put('pagefind/wasm.en.pagefind', 'x');
put('search.wasm', 'x');
put('app.webmanifest', '{}');
put('404.html', '<!doctype html><title>Not found</title>');
put('_headers', "/*\n  Content-Security-Policy: default-src 'self'\n/_astro/*\n  Cache-Control: immutable\n");

let server: Server;
let origin: string;

async function start(base: string): Promise<[Server, string]> {
  const s = await startServer({ dir, port: 0, host: '127.0.0.1', base });
  return [s, `http://127.0.0.1:${(s.address() as AddressInfo).port}`];
}

beforeAll(async () => {
  [server, origin] = await start('/');
});
afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('serve.mjs', () => {
  it('serves a folder page with its type and the site policy, and asks for it again each time', async () => {
    const res = await fetch(`${origin}/chapters/x/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe("default-src 'self'");
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(await res.text()).toContain('Chapter X');
  });

  it('serves assets with the types browsers insist on, and the headers _headers gives them', async () => {
    const type = async (path: string) => (await fetch(`${origin}${path}`)).headers.get('content-type');
    expect(await type('/_astro/page.abc.js')).toBe('text/javascript; charset=utf-8');
    expect(await type('/_astro/page.abc.css')).toBe('text/css; charset=utf-8');
    expect(await type('/search.wasm')).toBe('application/wasm');
    expect(await type('/app.webmanifest')).toBe('application/manifest+json; charset=utf-8');
    expect(await type('/pagefind/wasm.en.pagefind')).toBe('application/octet-stream');
    expect((await fetch(`${origin}/_astro/page.abc.js`)).headers.get('cache-control')).toBe('immutable');
  });

  it('sends /folder to /folder/, keeping the query', async () => {
    const res = await fetch(`${origin}/chapters/x?a=1`, { redirect: 'manual' });
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/chapters/x/?a=1');
  });

  it('answers what is not there, the headers file and paths out of the folder with the 404 page', async () => {
    for (const path of ['/nope/', '/_headers', '/..%2f..%2fetc/passwd', '/%E0%A4%A']) {
      const res = await fetch(`${origin}${path}`);
      expect(res.status, path).toBe(404);
      expect(await res.text(), path).toContain('Not found');
    }
    expect((await fetch(`${origin}/`, { method: 'POST' })).status).toBe(405);
  });

  it('serves a base-path build under its base only', async () => {
    const [s, o] = await start('/superfactory/');
    try {
      expect((await fetch(`${o}/superfactory/chapters/x/`)).status).toBe(200);
      expect((await fetch(`${o}/chapters/x/`)).status).toBe(404);
      expect((await fetch(`${o}/`, { redirect: 'manual' })).headers.get('location')).toBe('/superfactory/');
    } finally {
      s.close();
    }
  });

  it('prints the address to open when run as a command, and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, ['scripts/serve.mjs', dir, '--port', '0', '--host', '127.0.0.1']);
    const url = await new Promise<string>((done, fail) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const m = /http:\/\/localhost:\d+\//.exec(out);
        if (m) done(m[0]);
      });
      child.on('exit', (code) => fail(new Error(`exited ${code}: ${out}`)));
    });
    expect((await fetch(url)).status).toBe(200);
    const exit = new Promise((done) => child.on('exit', done));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  });

  it('refuses a folder without a site, saying what to pass', async () => {
    const child = spawn(process.execPath, ['scripts/serve.mjs', join(dir, 'chapters'), '--port', '0']);
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    expect(await new Promise((done) => child.on('exit', done))).toBe(2);
    expect(err).toMatch(/no index\.html/);
  });
});
