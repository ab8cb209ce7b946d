/**
 * The glossary terms already linked in the page being rendered, shared by <GlossaryTerm> and
 * <TermText> through Astro.locals, so a term is linked once per page however it got there.
 */
const KEY = Symbol.for('superfactory.glossary-seen');

export function glossarySeen(locals: object): Set<string> {
  const bag = locals as Record<symbol, Set<string> | undefined>;
  const seen = bag[KEY] ?? new Set<string>();
  bag[KEY] = seen;
  return seen;
}
