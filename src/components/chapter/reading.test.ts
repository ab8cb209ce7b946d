import { describe, expect, it } from 'vitest';
import {
  chapterSlug,
  MINUTES_PER_FIGURE,
  MINUTES_PER_INTERACTIVE,
  readingBreakdown,
  readingMinutes,
  readingTime,
} from './reading';

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
    // Two minutes of words and the allowance for one figure (issue 16: widgets and figures take time).
    expect(readingMinutes(body)).toBe(2 + MINUTES_PER_FIGURE);
    expect(readingMinutes(`${body}\n${'<Cite id="x" /> '.repeat(1000)}`)).toBe(2 + MINUTES_PER_FIGURE);
  });

  it('adds an allowance for each interactive and figure, and says how it was reckoned', () => {
    const body = `${words(230 * 3)}\n<MemoryWidget />\n<Globe caption="x" />\n<ArticleChart id="a" />\n<Figure id="b">\n<BarTable />\n</Figure>`;
    const t = readingTime(body);
    expect(t).toEqual({
      proseMinutes: 3,
      interactives: 2,
      figures: 2,
      minutes: 3 + 2 * MINUTES_PER_INTERACTIVE + 2 * MINUTES_PER_FIGURE,
    });
    expect(readingBreakdown(t)).toBe(
      `3 min of reading, ${2 * MINUTES_PER_INTERACTIVE} to try 2 interactives, 2 for 2 figures`,
    );
    expect(readingBreakdown(readingTime(words(230)))).toBe('1 min of reading');
  });
});
