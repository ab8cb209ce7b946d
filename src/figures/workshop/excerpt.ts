/**
 * Cuts a transcluded piece out of a chapter's rendered HTML: a section from its heading to the next
 * heading of the same or a higher level, or one element by its id. Works on the HTML string the chapter
 * renders at build time, so no DOM ships and nothing is retyped.
 */

const HEADING = /<h([1-6])\b[^>]*>/gi;

function openingTagWithId(html: string, id: string): RegExpExecArray | null {
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`<([a-z][a-z0-9]*)\\b[^>]*\\sid="${escaped}"[^>]*>`, 'i').exec(html);
}

/** The section under the heading `id`, heading included; throws naming the headings that exist. */
export function sectionHtml(html: string, id: string, where: string): string {
  const open = openingTagWithId(html, id);
  const level = open?.[1]?.match(/^h([1-6])$/i)?.[1];
  if (!open || !level) {
    throw new Error(`${where}: no heading with id "${id}"; headings are: ${headingIds(html).join(', ')}`);
  }
  HEADING.lastIndex = open.index + open[0].length;
  let end = html.length;
  for (let m = HEADING.exec(html); m; m = HEADING.exec(html)) {
    if (Number(m[1]) <= Number(level)) {
      end = m.index;
      break;
    }
  }
  return html.slice(open.index, end);
}

/** The element with `id`, its whole subtree (nested elements of the same tag counted). */
export function elementHtml(html: string, id: string, where: string): string {
  const open = openingTagWithId(html, id);
  if (!open?.[1]) throw new Error(`${where}: no element with id "${id}"`);
  const tag = open[1].toLowerCase();
  const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
  tags.lastIndex = open.index + open[0].length;
  let depth = 1;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return html.slice(open.index, m.index + m[0].length);
  }
  throw new Error(`${where}: element "${id}" is not closed`);
}

export function headingIds(html: string): string[] {
  return [...html.matchAll(/<h[1-6]\b[^>]*\sid="([^"]+)"/gi)].map((m) => m[1] ?? '');
}

/** Text of an HTML fragment, tags dropped and whitespace folded (for titles). */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}
