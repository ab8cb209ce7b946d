import { describe, expect, it } from 'vitest';
import { disagreements, readStatement } from '../e2e/stated-figures';

describe('stated figures', () => {
  it('reads a figure with its precision and unit', () => {
    expect(readStatement('~1,070\u00a0km')).toEqual({ numbers: [{ value: 1070, halfStep: 5 }], unit: 'km' });
    expect(readStatement('321–636 MW')?.numbers.map((n) => n.value)).toEqual([321, 636]);
    expect(readStatement('1.36 MW')?.numbers[0]?.halfStep).toBeCloseTo(0.005);
  });

  it('accepts the same fact at two precisions and flags two values no rounding reconciles', () => {
    const s = (page: string, text: string) => ({ page, fact: 'distance.a.b', text });
    expect(disagreements([s('/a/', '1,070 km'), s('/b/', '1,067 km'), s('/c/', '663 mi')])).toEqual([]);
    expect(disagreements([s('/a/', '663 mi'), s('/b/', '665 mi')])).toHaveLength(1);
    expect(disagreements([s('/a/', '83–96%'), s('/b/', '83–97%')])).toHaveLength(1);
  });
});
