/**
 * Finds figures typed by hand into chapter prose. The article's rule: every number comes from a
 * data record or the engine through a component, so the MDX text itself holds no digits except the
 * few kinds listed in ALLOWED, each with its reason.
 */

/** Prose only: what a reader sees typed by hand. */
export function proseOf(mdx: string): string {
  return (
    mdx
      .replace(/^---\n[\s\S]*?\n---\n/, '')
      .replace(/^(import|export)\s.*$/gm, '')
      .replace(/```[\s\S]*?```/g, '')
      .replace(/`[^`]*`/g, '')
      .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
      // JSX tags, including multi-line ones with {expressions} inside their attributes.
      .replace(/<[A-Za-z/][^<>]*?(\{[^{}]*\}[^<>]*?)*>/g, ' ')
      .replace(/\{[^{}]*\}/g, ' ')
      .replace(/\]\([^)]*\)/g, ']')
      // Ordered-list markers are markup, not figures.
      .replace(/^\s*\d+\.\s/gm, '')
  );
}

/**
 * Allowed digit runs, each with its reason. Everything else is a typed figure.
 * - years (19xx, 20xx): dates of events are prose, and events carry their own citations;
 * - "chapter N" / "chapters N and M": cross-references;
 * - model and product names whose number is part of the name (Llama 3.1, Gemini 2.5, Fairwater 2).
 */
export const ALLOWED: readonly { pattern: RegExp; reason: string }[] = [
  { pattern: /\b(19|20)\d{2}\b/g, reason: 'a year' },
  { pattern: /\bchapters? \d+((, | and | or )\d+)*/gi, reason: 'a chapter cross-reference' },
  { pattern: /\b(Llama|Gemini|Fairwater|Stargate|Colossus) \d+(\.\d+)?\b/g, reason: 'a product name' },
];

/** Digit runs that stand alone (not inside a word such as GB200, NVL72, bf16 or 1F1B). */
export function typedFigures(prose: string): string[] {
  let text = prose;
  for (const { pattern } of ALLOWED) text = text.replace(pattern, ' ');
  return [...text.matchAll(/(?<![\p{L}\d.\-_])\d[\d,.]*(?![\p{L}\d_])/gu)].map((m) => {
    const at = m.index ?? 0;
    return text.slice(Math.max(0, at - 30), at + 30).replace(/\s+/g, ' ');
  });
}
