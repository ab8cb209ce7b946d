import { describe, expect, it } from 'vitest';
import { OG_HEIGHT, OG_WIDTH, ogCardSvg, wrapText } from './og-card';
import { renderOgPng } from './og-png';

describe('wrapText', () => {
  it('wraps at word boundaries within the width', () => {
    const rows = wrapText('one two three four five six seven', 10, 100, 5);
    for (const r of rows) expect(r.length).toBeLessThanOrEqual(Math.floor(100 / (10 * 0.56)));
    expect(rows.join(' ')).toBe('one two three four five six seven');
  });

  it('ends with an ellipsis when the text needs more lines than allowed', () => {
    const rows = wrapText('word '.repeat(200), 32, 1040, 3);
    expect(rows).toHaveLength(3);
    expect(rows[2]?.endsWith('…')).toBe(true);
  });
});

describe('ogCardSvg + renderOgPng', () => {
  const input = {
    siteName: 'Superfactory',
    kicker: 'Chapter 2',
    title: 'Why <distance> & bandwidth matter',
    description: 'A description long enough to wrap onto a second line of the card, as real ones do.',
  };

  it('escapes text and carries every field', () => {
    const svg = ogCardSvg(input);
    expect(svg).toContain('>Why &lt;distance&gt; &amp;<');
    expect(svg).toContain('CHAPTER 2');
    expect(svg).toContain(`viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}"`);
  });

  it('renders a 1200 x 630 PNG with text drawn (text makes it much larger than a blank card)', () => {
    const png = renderOgPng(ogCardSvg(input));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    const blank = renderOgPng(ogCardSvg({ siteName: '', title: '', description: '' }));
    expect(png.length).toBeGreaterThan(blank.length * 1.5);
  });
});
