/**
 * Reads a Netlify / Cloudflare Pages `_headers` file: path patterns, each with indented `Name: value` lines.
 * The parser lives in the LAN server (scripts/serve.mjs), which applies the same file to what it serves.
 */
export type { HeaderRule } from '../scripts/serve.mjs';
export { headersForPath, parseHeadersFile } from '../scripts/serve.mjs';
