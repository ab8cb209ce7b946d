import { describe, expect, it } from 'vitest';
import { chapterSlug, readingMinutes } from './reading';

describe('chapterSlug', () => {
  it('drops the ordering number from the file name', () => {
    expect(chapterSlug('01-what-is-a-superfactory')).toBe('what-is-a-superfactory');
    expect(chapterSlug('the-wan')).toBe('the-wan');
  });
});

describe('readingMinutes', () => {
  const words = (n: number): string => Array.from({ length: n }, () => 'word').join(' ');

  it('counts prose words at about 230 a minute, at least one minute', () => {
    expect(readingMinutes(words(230 * 4))).toBe(4);
    expect(readingMinutes('')).toBe(1);
  });

  it('ignores imports, tags and expressions', () => {
    const body = `import X from './x';\n\n${words(460)} <Num of="sites.a.b" sig={2} /> {1 + 2}\n<Figure alt="a b c d e f g">`;
    expect(readingMinutes(body)).toBe(2);
    expect(readingMinutes(`${body}\n${'<Cite id="x" /> '.repeat(1000)}`)).toBe(2);
  });
});
