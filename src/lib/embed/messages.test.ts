import { describe, expect, it } from 'vitest';
import { EMBED_SIZE_TYPE, MAX_EMBED_HEIGHT_PX, readSizeMessage, sizeMessages } from './messages';

describe('embed size messages', () => {
  it("sends ours and AMP's embed-size, rounded up so no scrollbar shows", () => {
    expect(sizeMessages('step', 700.01)).toEqual([
      { type: EMBED_SIZE_TYPE, id: 'step', height: 701 },
      { sentinel: 'amp', type: 'embed-size', height: 701 },
    ]);
  });

  it('refuses a height no content has', () => {
    for (const h of [0, -1, Number.NaN, MAX_EMBED_HEIGHT_PX + 1])
      expect(() => sizeMessages('x', h)).toThrow(RangeError);
  });

  it('reads back only our own shape', () => {
    const [ours, amp] = sizeMessages('globe', 480);
    expect(readSizeMessage(ours)).toBe(480);
    expect(readSizeMessage(amp)).toBeNull();
    expect(readSizeMessage({ ...ours, id: 3 })).toBeNull();
    expect(readSizeMessage({ ...ours, height: '480' })).toBeNull();
    expect(readSizeMessage(undefined)).toBeNull();
  });
});
