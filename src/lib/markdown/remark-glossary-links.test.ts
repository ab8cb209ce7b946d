import { describe, expect, it } from 'vitest';
import { remarkGlossaryLinks } from './remark-glossary-links';

interface Node {
  type: string;
  name?: string;
  value?: string;
  attributes?: { type: string; name: string; value: string }[];
  children?: Node[];
}
const text = (value: string): Node => ({ type: 'text', value });
const term = (id: string, value: string): Node => ({
  type: 'mdxJsxTextElement',
  name: 'GlossaryTerm',
  attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: id }],
  children: [text(value)],
});
const linked = (tree: Node): string[] => {
  const out: string[] = [];
  const walk = (n: Node): void => {
    if (n.name === 'GlossaryTerm') out.push(`${n.attributes?.[0]?.value}:${n.children?.[0]?.value}`);
    else for (const c of n.children ?? []) walk(c);
  };
  walk(tree);
  return out;
};

describe('remarkGlossaryLinks', () => {
  it('links the first use of each term in prose, not in headings, links or components', () => {
    const tree: Node = {
      type: 'root',
      children: [
        { type: 'heading', children: [text('Bandwidth first')] },
        {
          type: 'mdxJsxFlowElement',
          name: 'Figure',
          children: [{ type: 'paragraph', children: [text('GPU bandwidth')] }],
        },
        {
          type: 'paragraph',
          children: [{ type: 'link', children: [text('the WAN')] }, text(' A GPU needs bandwidth; more bandwidth.')],
        },
        {
          type: 'mdxJsxFlowElement',
          name: 'details',
          children: [{ type: 'paragraph', children: [text('Over the WAN.')] }],
        },
      ],
    };
    remarkGlossaryLinks()(tree);
    expect(linked(tree)).toEqual(['accelerator:GPU', 'bandwidth:bandwidth', 'wan:WAN']);
  });

  it("keeps an author's GlossaryTerm where it comes first and unwraps it where the term is already linked", () => {
    const tree: Node = {
      type: 'root',
      children: [
        {
          type: 'paragraph',
          children: [text('Each replica, '), term('replica', 'replicas'), text(' and '), term('gradient', 'gradients')],
        },
      ],
    };
    remarkGlossaryLinks()(tree);
    expect(linked(tree)).toEqual(['replica:replica', 'gradient:gradients']);
    expect(tree.children?.[0]?.children?.map((c) => c.value ?? c.name)).toContain('replicas');
  });
});
