import { describe, expect, it } from 'vitest';
import type { Source } from '../../lib/data';
import { CitationRegistry, citationsFor } from './registry';

const source = (id: string): Source => ({
  id,
  title: id,
  publisher: 'P',
  date: '2025',
  url: `https://example.org/${id}`,
  kind: 'primary',
});

describe('CitationRegistry', () => {
  it('numbers sources in order of first use and keeps the first number on reuse', () => {
    const r = new CitationRegistry();
    expect(r.cite(source('a'))).toEqual({ number: 1, use: 1 });
    expect(r.cite(source('b'))).toEqual({ number: 2, use: 1 });
    expect(r.cite(source('a'))).toEqual({ number: 1, use: 2 });
    expect(r.entries().map((e) => [e.source.id, e.number, e.uses])).toEqual([
      ['a', 1, 2],
      ['b', 2, 1],
    ]);
  });

  it('keeps one registry per page (per locals object)', () => {
    const page1 = {};
    const page2 = {};
    citationsFor(page1).cite(source('a'));
    expect(citationsFor(page1).size).toBe(1);
    expect(citationsFor(page2).size).toBe(0);
  });
});
