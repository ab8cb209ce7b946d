import { describe, expect, it } from 'vitest';
import { type Figure, figureMidpoint, figureRange } from './provenance';
import { observation, track, untracked, withPerturbation } from './read-tracker';

const fig = (value: Figure['value'], status: Figure['status'], source: string): Figure => ({
  value,
  unit: '',
  status,
  source,
  asOf: '2025',
});

describe('read tracker', () => {
  const a = fig(2, 'known', 'a');
  const b = fig({ min: 1, max: 3 }, 'assumed', 'b');

  it('records what a computation read, once each, and nothing outside it', () => {
    figureMidpoint(b);
    const { value, reads } = track(() => figureMidpoint(a) * figureMidpoint(a) + figureRange(b).max);
    expect(value).toBe(7);
    expect(reads).toEqual([a, b]);
    expect(observation.active).toBe(false);
  });

  it('nested trackers each see the reads inside them; untracked reads count for none', () => {
    const outer = track(() => {
      const inner = track(() => figureMidpoint(a));
      untracked(() => figureMidpoint(b));
      return inner.reads;
    });
    expect(outer.value).toEqual([a]);
    expect(outer.reads).toEqual([a]);
  });

  it('a perturbation scales the record in place and restores it, integers by at least one', () => {
    const n = fig(10, 'known', 'n');
    const seen = withPerturbation(
      [
        { record: a, factor: 0.95 },
        { record: b, factor: 0.95 },
        { record: n, factor: 1.05 },
      ],
      () => [a.value, b.value, n.value, observation.perturbed],
    );
    expect(seen).toEqual([3, { min: 2, max: 4 }, 11, true]);
    expect([a.value, b.value, n.value, observation.perturbed]).toEqual([2, { min: 1, max: 3 }, 10, false]);
  });
});
