import { describe, expect, it } from 'vitest';
import { derivedPropsSchema, numPropsSchema, parseAuthorProps } from './author-props';

describe('author props', () => {
  it('refuses a misspelt derived id, naming the ones that exist', () => {
    expect(() => parseAuthorProps(derivedPropsSchema, { of: 'wiAtlRoundTrip' }, 'Derived')).toThrow(
      /<Derived>: of: no derived figure "wiAtlRoundTrip"; known: .*wiAtlRoundTripMs/,
    );
  });
  it('refuses props that would render wrong without a word: a string for a flag, an unknown prop', () => {
    expect(() => parseAuthorProps(derivedPropsSchema, { of: 'wiAtlRoundTripMs', bare: 'false' }, 'Derived')).toThrow(
      /bare/,
    );
    expect(() => parseAuthorProps(numPropsSchema, { of: 'sites.a.b', sgi: 2 }, 'Num')).toThrow(/sgi/);
  });
  it('passes good props and Astro’s own attributes through', () => {
    const props = { of: 'wiAtlRoundTripMs', sig: 2, 'data-astro-cid-x1': '' };
    expect(parseAuthorProps(derivedPropsSchema, props, 'Derived')).toEqual({ of: 'wiAtlRoundTripMs', sig: 2 });
  });
});
