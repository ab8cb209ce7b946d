import { describe, expect, it } from 'vitest';
import { elementHtml, sectionHtml, textOf } from './excerpt';

const chapter =
  '<p>Intro</p><h2 id="a">A</h2><p>one</p><h3 id="a1">A1</h3><p>two</p>' +
  '<figure id="f"><figure class="inner"><svg></svg></figure><figcaption>Cap</figcaption></figure>' +
  '<h2 id="b">B</h2><p>three</p>';

describe('transclusion cuts', () => {
  it('keeps a section down to the next heading of its level, subsections included', () => {
    const a = sectionHtml(chapter, 'a', 'test');
    expect(a.startsWith('<h2 id="a">')).toBe(true);
    expect(a).toContain('A1');
    expect(a).not.toContain('three');
    expect(sectionHtml(chapter, 'a1', 'test')).not.toContain('<h2');
    expect(sectionHtml(chapter, 'b', 'test')).toBe('<h2 id="b">B</h2><p>three</p>');
  });

  it('keeps an element whole, nested elements of its tag included', () => {
    const f = elementHtml(chapter, 'f', 'test');
    expect(f.endsWith('<figcaption>Cap</figcaption></figure>')).toBe(true);
    expect(textOf(f)).toBe('Cap');
  });

  it('fails naming the headings that exist', () => {
    expect(() => sectionHtml(chapter, 'zz', 'chapter "x"')).toThrow(/no heading with id "zz"; headings are: a, a1, b/);
    expect(() => sectionHtml(chapter, 'f', 'test')).toThrow(/no heading/);
    expect(() => elementHtml(chapter, 'zz', 'test')).toThrow(/no element with id "zz"/);
  });
});
