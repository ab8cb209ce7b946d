import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../data/glossary';
import { firstUses, linkFirstUses, unlinkedFirstUses, usesOf } from './glossary-uses';

const entry = (id: string, term: string, uses?: string[]): GlossaryEntry => ({
  id,
  term,
  definition: 'A definition long enough to pass.',
  ...(uses ? { uses } : {}),
});
const GPU = entry('accelerator', 'Accelerator (GPU)', ['accelerator', 'GPU']);
const AR = entry('all-reduce', 'All-reduce');
const RING = entry('ring-all-reduce', 'Ring all-reduce');
const ENTRIES = [GPU, AR, RING];

describe('usesOf', () => {
  it('defaults to the term without its parenthesis', () => {
    expect(usesOf(entry('pue', 'PUE (power usage effectiveness)'))).toEqual(['PUE']);
    expect(usesOf(GPU)).toEqual(['accelerator', 'GPU']);
  });
});

describe('firstUses', () => {
  it('finds the first use in any case and plural, and says whether it is linked to its entry', () => {
    const runs = [
      { text: 'Thousands of gpus work. ', linksTo: null },
      { text: 'GPU', linksTo: 'accelerator' },
    ];
    expect(firstUses(runs, [GPU])).toEqual([
      expect.objectContaining({ id: 'accelerator', words: 'gpus', linked: false }),
    ]);
    expect(unlinkedFirstUses(runs.slice(1), [GPU])).toEqual([]);
  });

  it('does not count a use inside a link to another term, nor a part of a longer word', () => {
    const runs = [
      { text: 'ring all-reduce', linksTo: 'ring-all-reduce' },
      { text: ' then a GPUDirect copy and an all-reduce', linksTo: null },
    ];
    const uses = unlinkedFirstUses(runs, ENTRIES);
    expect(uses.map((u) => u.id)).toEqual(['all-reduce']);
    expect(uses[0]?.context).toContain('[all-reduce]');
  });

  it('matches words across a no-break space or hyphen', () => {
    expect(firstUses([{ text: 'a ring\u00a0all-reduce', linksTo: null }], [RING])[0]?.words).toBe(
      'ring\u00a0all-reduce',
    );
  });
});

describe('linkFirstUses', () => {
  it('marks each unseen term once, earliest first and the longest where two start together', () => {
    const seen = new Set<string>();
    const segments = linkFirstUses('A ring all-reduce on every GPU, then an all-reduce on each GPU.', ENTRIES, seen);
    expect(segments.filter((s) => s.id)).toEqual([
      { text: 'ring all-reduce', id: 'ring-all-reduce' },
      { text: 'GPU', id: 'accelerator' },
      { text: 'all-reduce', id: 'all-reduce' },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(
      'A ring all-reduce on every GPU, then an all-reduce on each GPU.',
    );
    expect(linkFirstUses('More GPUs.', ENTRIES, seen)).toEqual([{ text: 'More GPUs.' }]);
  });
});
