import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersForPath, parseHeadersFile } from '../../../tests/headers-file';
import { PREFS_BOOT_SCRIPT } from '../prefs';
import { CONTENT_SECURITY_POLICY, HEADER_ONLY_DIRECTIVES, inlineScriptHash, REFERRER_POLICY } from './policy';

const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([k, ...v]) => [k, v]),
  );

describe('the Content-Security-Policy', () => {
  const d = directives(CONTENT_SECURITY_POLICY);

  it('allows scripts from the site, WebAssembly and the boot script by its hash, never inline at large or eval', () => {
    expect(d.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", `'${inlineScriptHash(PREFS_BOOT_SCRIPT)}'`]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|'unsafe-eval'|\*/);
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
    const headers = headersForPath(parseHeadersFile(readFileSync('public/_headers', 'utf8')), '/chapters/x/');
    expect(headers.get('content-security-policy')).toBe(
      [CONTENT_SECURITY_POLICY, ...HEADER_ONLY_DIRECTIVES].join('; '),
    );
    expect(headers.get('referrer-policy')).toBe(REFERRER_POLICY);
    expect(headers.get('x-content-type-options')).toBe('nosniff');
  });
});
