import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersForPath, parseHeadersFile } from '../../../tests/headers-file';
import { EMBED_BOOT_SCRIPT } from '../embed/boot-script';
import { PREFS_BOOT_SCRIPT } from '../prefs';
import {
  CONTENT_SECURITY_POLICY,
  EMBED_HEADER_ONLY_DIRECTIVES,
  HEADER_ONLY_DIRECTIVES,
  inlineScriptHash,
  REFERRER_POLICY,
} from './policy';

const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([k, ...v]) => [k, v]),
  );

describe('the Content-Security-Policy', () => {
  const d = directives(CONTENT_SECURITY_POLICY);

  it('allows scripts from the site, WebAssembly and the two boot scripts by their hashes, never inline at large or eval', () => {
    expect(d.get('script-src')).toEqual([
      "'self'",
      "'wasm-unsafe-eval'",
      `'${inlineScriptHash(PREFS_BOOT_SCRIPT)}'`,
      `'${inlineScriptHash(EMBED_BOOT_SCRIPT)}'`,
    ]);
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

  it('lets any page frame an embed, and only an embed', () => {
    const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
    const embed = headersForPath(rules, '/embed/globe/');
    expect(embed.get('content-security-policy')).toBe(
      [CONTENT_SECURITY_POLICY, ...EMBED_HEADER_ONLY_DIRECTIVES].join('; '),
    );
    expect(embed.has('x-frame-options')).toBe(false);
    expect(headersForPath(rules, '/widgets/globe/').get('x-frame-options')).toBe('SAMEORIGIN');
    expect(headersForPath(rules, '/_astro/globe.js').get('access-control-allow-origin')).toBe('*');
  });
});
