import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PREFS_BOOT_SCRIPT } from '../prefs';
import { CONTENT_SECURITY_POLICY, HEADER_ONLY_DIRECTIVES, inlineScriptHash, REFERRER_POLICY } from './policy';

const directives = (policy: string) => new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));

/** Headers of one path block of a Netlify/Cloudflare `_headers` file. */
function headersFor(file: string, path: string): Map<string, string> {
  const out = new Map<string, string>();
  let inBlock = false;
  for (const line of file.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      inBlock = line.trim() === path;
      continue;
    }
    if (!inBlock) continue;
    const i = line.indexOf(':');
    out.set(line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim());
  }
  return out;
}

describe('the Content-Security-Policy', () => {
  const d = directives(CONTENT_SECURITY_POLICY);

  it('allows scripts from the site and the boot script by its hash, never inline at large or eval', () => {
    expect(d.get('script-src')).toEqual(["'self'", `'${inlineScriptHash(PREFS_BOOT_SCRIPT)}'`]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });

  it('blocks plugins and foreign <base>, and falls back to the site itself', () => {
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('base-uri')).toEqual(["'self'"]);
    expect(d.get('default-src')).toEqual(["'self'"]);
  });

  it('hashes the exact text, as browsers do (the CSP spec example)', () => {
    expect(inlineScriptHash("alert('Hello, world.');")).toBe('sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=');
  });

  it('is what public/_headers sends, plus the header-only directives', () => {
    const headers = headersFor(readFileSync('public/_headers', 'utf8'), '/*');
    expect(headers.get('content-security-policy')).toBe([CONTENT_SECURITY_POLICY, ...HEADER_ONLY_DIRECTIVES].join('; '));
    expect(headers.get('referrer-policy')).toBe(REFERRER_POLICY);
    expect(headers.get('x-content-type-options')).toBe('nosniff');
  });
});
