/**
 * A display formula wider than the column scrolls sideways. Keyboard readers can only scroll what
 * they can focus, so a formula that overflows becomes a named, focusable region, and stops being one
 * when the column grows wide enough (only the wide ones, or every formula would be a tab stop).
 */
const LABEL = 'Formula (scrolls sideways)';

function sync(block: HTMLElement): void {
  const scrolls = block.scrollWidth > block.clientWidth + 1;
  block.classList.toggle('is-scrollable', scrolls);
  if (scrolls) {
    block.tabIndex = 0;
    // A group, not a region: a dozen "Formula" landmarks would crowd the landmark list.
    block.setAttribute('role', 'group');
    block.setAttribute('aria-label', LABEL);
  } else {
    block.removeAttribute('tabindex');
    block.removeAttribute('role');
    block.removeAttribute('aria-label');
  }
}

const blocks = Array.from(document.querySelectorAll<HTMLElement>('.math-block'));
if (blocks.length && typeof ResizeObserver !== 'undefined') {
  const observer = new ResizeObserver((entries) => {
    for (const e of entries) sync(e.target as HTMLElement);
  });
  for (const b of blocks) observer.observe(b);
}
