/** Small string builders for SVG; output is inlined into HTML, so everything is escaped here. */

export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Two decimals is sub-pixel at any size we draw; keeps the markup short and stable across runtimes. */
export function n(v: number): string {
  if (!Number.isFinite(v)) throw new Error(`non-finite coordinate ${v} reached the SVG writer`);
  const r = Math.round(v * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}

type AttrValue = string | number | undefined | false;

export function attrs(a: Record<string, AttrValue>): string {
  let out = '';
  for (const [k, v] of Object.entries(a)) {
    if (v === undefined || v === false) continue;
    out += ` ${k}="${typeof v === 'number' ? n(v) : esc(v)}"`;
  }
  return out;
}

export function el(tag: string, a: Record<string, AttrValue>, children?: string): string {
  return children === undefined ? `<${tag}${attrs(a)}/>` : `<${tag}${attrs(a)}>${children}</${tag}>`;
}

export function text(x: number, y: number, content: string, a: Record<string, AttrValue> = {}): string {
  return el('text', { x, y, ...a }, esc(content));
}

/** Average glyph advance for the sans stack, as a fraction of the font size; for layout estimates. */
export const CHAR_EM = 0.58;

export function textWidth(content: string, fontSizePx: number): number {
  return content.length * fontSizePx * CHAR_EM;
}

/** A deterministic short id from a string (FNV-1a), for element ids inside one SVG. */
export function shortHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
