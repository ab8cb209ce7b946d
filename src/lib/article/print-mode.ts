/**
 * Marks a page as the printable edition, so per-chapter extras (cite-this-page boxes) stay out of it.
 * Stored on Astro.locals, which is one object per rendered page.
 */
const KEY = Symbol.for('superfactory.print-edition');

export function setPrintEdition(locals: object): void {
  (locals as Record<symbol, boolean>)[KEY] = true;
}

export function isPrintEdition(locals: object): boolean {
  return (locals as Record<symbol, boolean | undefined>)[KEY] === true;
}
