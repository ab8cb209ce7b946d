/**
 * The Content-Security-Policy every page carries. Astro (`security.csp` in astro.config.mjs) writes it
 * as a <meta> tag, adding `script-src`/`style-src` hashes of what it bundles; the directives here are
 * the rest. A <meta> policy cannot carry `frame-ancestors`; public/_headers sends that as a header.
 */
import { createHash } from 'node:crypto';

export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  // Chart downloads and three.js textures are blob: and data: URLs made by our own scripts.
  "img-src 'self' data: blob:",
  "worker-src 'self'",
  "connect-src 'self'",
] as const;

/** `script-src` sources besides hashes. */
export const SCRIPT_SOURCES = ["'self'"] as const;

/** Where the policy meets readers who follow a link away from the site. */
export const REFERRER_POLICY = 'strict-origin-when-cross-origin';

/** The CSP source expression of an inline script's exact text. */
export function inlineScriptHash(source: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}`;
}
