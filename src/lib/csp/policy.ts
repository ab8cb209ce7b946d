/**
 * The Content-Security-Policy every page carries, as the first <meta> in <head> (BaseLayout) and, where
 * the host reads public/_headers, as a header too. Astro's own `security.csp` was tried and not used: it
 * writes its <meta> at the end of <head>, after the theme boot script, so that script would run before
 * any policy applied; and its per-page hashes of bundled files add nothing to 'self'. Our pages have one
 * inline script (the boot script, hashed here) and no inline styles (astro.config.mjs: inlineStylesheets
 * 'never'), so one policy fits every page.
 */
import { createHash } from 'node:crypto';
import { EMBED_BOOT_SCRIPT } from '../embed/boot-script';
import { PREFS_BOOT_SCRIPT } from '../prefs';

/** The CSP source expression of an inline script's exact text. */
export function inlineScriptHash(source: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}`;
}

/** Every inline script a page may hold; a script not listed here is blocked (and fails the CSP test). */
export const INLINE_SCRIPTS: readonly string[] = [PREFS_BOOT_SCRIPT, EMBED_BOOT_SCRIPT];

export const CSP_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  // Pagefind's search runs WebAssembly in a worker; under a header policy (which reaches workers, unlike
  // the <meta>) it needs 'wasm-unsafe-eval' (measured: no results without it). It allows wasm, never JS eval.
  `script-src 'self' 'wasm-unsafe-eval' ${INLINE_SCRIPTS.map((s) => `'${inlineScriptHash(s)}'`).join(' ')}`,
  "style-src 'self'",
  // Chart downloads and three.js textures are blob: and data: URLs made by our own scripts.
  "img-src 'self' data: blob:",
  "worker-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.join('; ');

/** Links to sources send only our origin, and nothing when leaving https. */
export const REFERRER_POLICY = 'strict-origin-when-cross-origin';

/** Directives a <meta> policy may not carry (browsers ignore them there); public/_headers sends them. */
export const HEADER_ONLY_DIRECTIVES: readonly string[] = [
  // Pages open framed only by the site itself; embed pages (/embed/*) are framed by any blog.
  "frame-ancestors 'self'",
];

/** What /embed/* sends instead (public/_headers): any page may frame an embed. */
export const EMBED_HEADER_ONLY_DIRECTIVES: readonly string[] = ['frame-ancestors *'];
