/**
 * Text with figure references, for prose kept in TypeScript (the methods page's assumptions):
 * "Light travels at {fig:links.fiber.speedOfLightKmPerS}" -> text and reference parts, so the page
 * prints each figure from the data instead of a typed copy.
 */
export type TemplatePart = { text: string } | { ref: string };

export function splitTemplate(template: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const m of template.matchAll(/\{((?:fig|param):[A-Za-z0-9.-]+)\}/g)) {
    const at = m.index ?? 0;
    if (at > last) parts.push({ text: template.slice(last, at) });
    parts.push({ ref: m[1] ?? '' });
    last = at + m[0].length;
  }
  if (last < template.length) parts.push({ text: template.slice(last) });
  return parts;
}
