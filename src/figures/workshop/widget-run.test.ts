import { describe, expect, it } from 'vitest';
import { scopeIds } from './widget-run';

describe('scopeIds', () => {
  it('suffixes every id the markup defines and every reference to it, and nothing else', () => {
    const html =
      '<figure id="a"><svg aria-labelledby="a-t a-d" clip-path="url(#c)"><title id="a-t">T</title><desc id="a-d">D</desc><clipPath id="c"></clipPath><a href="#a-t">x</a><a href="#elsewhere">y</a></svg><label for="a">l</label></figure>';
    expect(scopeIds(html, 's')).toBe(
      '<figure id="a-s"><svg aria-labelledby="a-t-s a-d-s" clip-path="url(#c-s)"><title id="a-t-s">T</title><desc id="a-d-s">D</desc><clipPath id="c-s"></clipPath><a href="#a-t-s">x</a><a href="#elsewhere">y</a></svg><label for="a-s">l</label></figure>',
    );
  });
});
