/**
 * A widget redraws its output; a reader whose focus was inside it (on a results table scrolled by
 * keyboard, a data-table disclosure) must not be dropped to <body>. patchHtml keeps the nodes that did not
 * change, focus with them; where the focused node itself was replaced, this puts focus back on the
 * element in the same place of the new output.
 */
const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';

export function redrawKeepingFocus(output: HTMLElement, redraw: () => void): void {
  const active = document.activeElement;
  const index = active && output.contains(active) ? [...output.querySelectorAll(FOCUSABLE)].indexOf(active) : -1;
  redraw();
  if (index >= 0 && !(document.activeElement && output.contains(document.activeElement)))
    output.querySelectorAll<HTMLElement>(FOCUSABLE)[index]?.focus({ preventScroll: true });
}
