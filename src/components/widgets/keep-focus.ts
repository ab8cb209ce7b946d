/**
 * A widget redraws its output by replacing its HTML; a reader whose focus was inside it (on a results
 * table scrolled by keyboard, a data-table disclosure) would be dropped to <body>. This puts focus back
 * on the element in the same place of the new output.
 */
const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';

export function replaceKeepingFocus(output: HTMLElement, html: string): void {
  const active = document.activeElement;
  const index = active && output.contains(active) ? [...output.querySelectorAll(FOCUSABLE)].indexOf(active) : -1;
  output.innerHTML = html;
  if (index >= 0) output.querySelectorAll<HTMLElement>(FOCUSABLE)[index]?.focus({ preventScroll: true });
}
