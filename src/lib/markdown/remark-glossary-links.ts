/**
 * Terms before use, in every chapter without anyone remembering: the first use of each glossary term
 * in a chapter's prose becomes a <GlossaryTerm>. An author's own <GlossaryTerm> counts as the first
 * use where it comes first and is left plain where the term was already linked. Headings, links,
 * code and components (figures, widgets) are left alone; HTML such as <details> is prose.
 */
import { glossary } from '../article/glossary';
import { linkFirstUses } from '../article/glossary-uses';

interface MdNode {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdNode[];
}

const LEAVE_ALONE = new Set(['heading', 'link', 'linkReference', 'inlineCode', 'code', 'math', 'inlineMath']);
const JSX = new Set(['mdxJsxTextElement', 'mdxJsxFlowElement']);

function glossaryTermId(node: MdNode): string | null {
  if (!JSX.has(node.type) || node.name !== 'GlossaryTerm') return null;
  const id = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
  return typeof id === 'string' ? id : null;
}

function glossaryTerm(id: string, text: string): MdNode {
  return {
    type: 'mdxJsxTextElement',
    name: 'GlossaryTerm',
    attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: id }],
    children: [{ type: 'text', value: text }],
  };
}

function visit(node: MdNode, seen: Set<string>): void {
  const children = node.children;
  if (!children) return;
  const next: MdNode[] = [];
  for (const child of children) {
    const termId = glossaryTermId(child);
    if (termId !== null) {
      // Already linked earlier on the page: the author's link becomes plain text.
      if (seen.has(termId)) next.push(...(child.children ?? []));
      else {
        seen.add(termId);
        next.push(child);
      }
    } else if (child.type === 'text' && child.value) {
      for (const s of linkFirstUses(child.value, glossary, seen)) {
        next.push(s.id ? glossaryTerm(s.id, s.text) : { type: 'text', value: s.text });
      }
    } else {
      const component = JSX.has(child.type) && /^[A-Z]/.test(child.name ?? 'X');
      if (!LEAVE_ALONE.has(child.type) && !component) visit(child, seen);
      next.push(child);
    }
  }
  node.children = next;
}

export function remarkGlossaryLinks() {
  return (tree: MdNode) => visit(tree, new Set());
}
