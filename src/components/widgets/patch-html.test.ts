import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { patchHtml } from './patch-html';

/** Markup with each element's attributes in name order: the DOM does not order them. */
function canonical(node: Node): string {
  if (node.nodeType === 3) return `t:${node.nodeValue}`;
  if (node.nodeType === 8) return `c:${node.nodeValue}`;
  const el = node as Element;
  const attrs = el
    .getAttributeNames()
    .sort()
    .map((n) => `${n}=${el.getAttribute(n)}`);
  return `<${el.nodeName} ${attrs.join(' ')}>${Array.from(el.childNodes).map(canonical).join('')}</>`;
}

const inner = (el: Element) => Array.from(el.childNodes).map(canonical).join('');

const page = () => parseHTML('<!doctype html><html><body><div id="out"></div></body></html>').document;

describe('patchHtml', () => {
  it('gives the markup innerHTML would, from any previous output', () => {
    const doc = page();
    const out = doc.getElementById('out') as HTMLElement;
    const steps = [
      '<p class="a">one</p><svg viewBox="0 0 10 10"><rect x="1" width="2"/><rect x="3"/></svg>',
      '<p class="b" data-x="1">two</p><svg viewBox="0 0 10 10"><rect x="4"/></svg><details><summary>t</summary></details>',
      '<!-- c --><span>three</span>text',
      '',
      '<p class="a">one</p>',
    ];
    for (const html of steps) {
      patchHtml(out, html);
      const expected = doc.createElement('div');
      expected.innerHTML = html;
      expect(inner(out)).toBe(inner(expected));
    }
  });

  it('keeps the nodes that did not change and the element whose attribute or text did', () => {
    const doc = page();
    const out = doc.getElementById('out') as HTMLElement;
    patchHtml(out, '<h3>Same</h3><p class="v">1 ms</p><ul><li>a</li></ul>');
    const [h3, p, ul] = Array.from(out.children);
    patchHtml(out, '<h3>Same</h3><p class="v now">2 ms</p><ul><li>a</li><li>b</li></ul>');
    expect(out.children[0]).toBe(h3);
    expect(out.children[1]).toBe(p);
    expect(out.children[2]).toBe(ul);
    expect(p?.getAttribute('class')).toBe('v now');
    expect(p?.textContent).toBe('2 ms');
    expect(ul?.children.length).toBe(2);
  });

  it('swaps a chart that changed whole, and keeps one that did not', () => {
    const doc = page();
    const out = doc.getElementById('out') as HTMLElement;
    patchHtml(out, '<svg id="a"><rect x="1"/></svg><svg id="b"><rect x="1"/></svg>');
    const [a, b] = Array.from(out.children);
    patchHtml(out, '<svg id="a"><rect x="1"/></svg><svg id="b"><rect x="2"/></svg>');
    expect(out.children[0]).toBe(a);
    expect(out.children[1]).not.toBe(b);
    expect(out.children[1]?.firstElementChild?.getAttribute('x')).toBe('2');
  });

  it('swaps an element for one of another name', () => {
    const doc = page();
    const out = doc.getElementById('out') as HTMLElement;
    patchHtml(out, '<p>x</p>');
    const before = out.firstElementChild;
    patchHtml(out, '<div>x</div>');
    expect(out.firstElementChild).not.toBe(before);
    expect(out.innerHTML).toBe('<div>x</div>');
  });
});
