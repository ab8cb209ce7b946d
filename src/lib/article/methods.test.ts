import { describe, expect, it } from 'vitest';
import { METHODS } from './methods';
import { splitTemplate } from './template';

// Every engine module, loaded only when a method names it.
const engineModules = import.meta.glob<Record<string, unknown>>('../sim/*.ts');

describe('methods (content/methods/*.md)', () => {
  it('names a real engine file for each method, and each function it lists is exported there', async () => {
    expect(METHODS.length).toBeGreaterThan(20);
    const missing: string[] = [];
    for (const m of METHODS) {
      const load = engineModules[`../sim/${m.file}`];
      if (!load) {
        missing.push(`${m.id}: no src/lib/sim/${m.file}`);
        continue;
      }
      const module = await load();
      for (const fn of m.functions)
        if (typeof module[fn] !== 'function') missing.push(`${m.id}: ${m.file} exports no function ${fn}`);
    }
    expect(missing).toEqual([]);
  });

  it('speaks to readers: no function names or file paths in the text the methods page prints', () => {
    // camelCase reads as an identifier; the few words of prose spelled so are listed.
    const prose = new Set(['arXiv']);
    const code = (text: string): string[] =>
      [...text.matchAll(/[\w/.-]+\.ts\b|src\/[\w/.-]+|\b[a-z]+[A-Z]\w*\b/g)]
        .map((x) => x[0])
        .filter((w) => !prose.has(w));
    // {fig:…} and {param:…} print as figures, not as their names.
    const printed = (t: string): string =>
      splitTemplate(t)
        .map((p) => ('text' in p ? p.text : ' '))
        .join('');
    for (const m of METHODS)
      expect(code([m.meaning, ...m.assumptions, ...m.limits].map(printed).join(' ')), m.id).toEqual([]);
  });

  it('places each method once, in the order its files say', () => {
    expect(METHODS.map((m) => m.order)).toEqual(METHODS.map((_, i) => i + 1));
  });
});
