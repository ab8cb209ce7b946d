import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sources } from '../data';
import { FORMULA_SOURCES } from './formula-sources';

const root = new URL('../../../', import.meta.url);

describe('science sources', () => {
  it('every source in sources/science.json is cited by a data file or backs an engine formula', () => {
    const ids = (
      JSON.parse(readFileSync(new URL('content/data/sources/science.json', root), 'utf8')) as { id: string }[]
    ).map((s) => s.id);
    const data = readdirSync(new URL('content/data/', root))
      .filter((f) => f.endsWith('.json'))
      .map((f) => readFileSync(new URL(`content/data/${f}`, root), 'utf8'))
      .join('\n');
    const formulas = new Set<string>(Object.values(FORMULA_SOURCES));
    expect(ids.filter((id) => !data.includes(`"${id}"`) && !formulas.has(id))).toEqual([]);
    for (const id of formulas) expect(sources.has(id), id).toBe(true);
  });
});
