/**
 * Words for the aria-live region: the result in one or two sentences. Kept short because a screen
 * reader speaks it after every change; the figures themselves are in the readouts.
 */
export function sentence(parts: readonly (string | false | null | undefined)[]): string {
  const text = parts.filter((p): p is string => typeof p === 'string' && p.length > 0).join(' ');
  const trimmed = text.replace(/\s+/g, ' ').trim();
  if (!trimmed) return '';
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

export function summaryText(sentences: readonly string[]): string {
  return sentences
    .map((s) => sentence([s]))
    .filter(Boolean)
    .join(' ');
}

/** What a screen shows must never say NaN, Infinity or undefined; checked by tests on every render. */
export const FORBIDDEN_ON_SCREEN = /\bNaN\b|\bInfinity\b|\bundefined\b|\bnull\b/;
