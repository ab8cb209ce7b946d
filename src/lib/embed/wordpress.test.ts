import { describe, expect, it } from 'vitest';
import { wordpressHeightMessage, wordpressSecret } from './wordpress';

describe("WordPress's embed height message", () => {
  it('reads the secret WordPress puts in the hash', () => {
    expect(wordpressSecret('#?secret=Ab3dE6gH9k')).toBe('Ab3dE6gH9k');
    expect(wordpressSecret('#?foo=1&secret=Ab3dE6gH9k')).toBe('Ab3dE6gH9k');
    expect(wordpressSecret('#secret=Ab3dE6gH9k')).toBe('Ab3dE6gH9k');
  });

  it('finds none where WordPress did not frame us, or where wp-embed.js would refuse it', () => {
    expect(wordpressSecret('')).toBeNull();
    expect(wordpressSecret('#figure-2')).toBeNull();
    expect(wordpressSecret('#?secret=')).toBeNull();
    expect(wordpressSecret('#?secret=a"b')).toBeNull();
    expect(wordpressSecret('#?secret=ab%20cd')).toBeNull();
  });

  it("has wp-embed.js's shape, the height rounded up", () => {
    expect(wordpressHeightMessage('Ab3dE6gH9k', 612.2)).toEqual({
      message: 'height',
      value: 613,
      secret: 'Ab3dE6gH9k',
    });
  });
});
