/**
 * A widget's table that scrolls on its own on a phone rather than widening the page (widget.css
 * `.widget-scroll`): a labelled region in the tab order, since a scrollable box the keyboard cannot
 * reach fails axe. `kind` names the widget's own least table width (`.<kind> .widget-io`).
 */
import { esc } from '../../lib/format/html';

export interface ScrollTable {
  /** The widget's class for this table, e.g. "memory-table". */
  kind: string;
  /** `data-out` key the client patches. */
  out: string;
  caption: string;
  /** Column headings, as text. */
  head: readonly string[];
  /** Rows of HTML cells (callers escape text); the first cell heads its row. */
  rows: readonly (readonly string[])[];
}

export function scrollTable({ kind, out, caption, head, rows }: ScrollTable): string {
  const th = head.map((h) => `<th scope="col">${esc(h)}</th>`).join('');
  const body = rows
    .map(
      ([first, ...rest]) => `<tr><th scope="row">${first ?? ''}</th>${rest.map((c) => `<td>${c}</td>`).join('')}</tr>`,
    )
    .join('');
  return `<div class="widget-scroll ${esc(kind)}" role="region" tabindex="0" aria-label="${esc(caption)}" data-out="${esc(out)}"><table class="widget-io"><caption>${esc(caption)}</caption><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table></div>`;
}
