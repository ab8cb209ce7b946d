import { describe, expect, it } from 'vitest';
import { authorsSentence } from './source-link';

describe('authorsSentence', () => {
  it('ends an author list with exactly one full stop, "et al." included', () => {
    expect(authorsSentence(['Jacob Austin', 'et al.'])).toBe('Jacob Austin, et al.');
    expect(authorsSentence(['Scott Guthrie'])).toBe('Scott Guthrie.');
  });
});
