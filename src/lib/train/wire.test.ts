import { describe, expect, it } from 'vitest';
import { createRng } from './prng';
import { INT4_BLOCK, roundTrip, toBf16, wireBytes } from './wire';

describe('values on the wire', () => {
  it('bf16 keeps 8 significant bits, rounding to nearest even', () => {
    expect(toBf16(1)).toBe(1);
    expect(toBf16(1 + 2 ** -9)).toBe(1); // a tie rounds to the even mantissa
    expect(toBf16(1 + 3 * 2 ** -9)).toBe(1 + 2 ** -7);
    const rng = createRng(5);
    for (let i = 0; i < 1000; i++) {
      const x = rng.normal() * 10 ** rng.int(6);
      expect(Math.abs(toBf16(x) - x)).toBeLessThanOrEqual(Math.abs(x) * 2 ** -8);
    }
  });

  it('4-bit blocks decode within half a step of their scale, and zero stays zero', () => {
    const rng = createRng(6);
    const x = Float64Array.from({ length: 3 * INT4_BLOCK + 5 }, () => rng.normal());
    const y = Float64Array.from(x);
    roundTrip('int4', y);
    for (let from = 0; from < x.length; from += INT4_BLOCK) {
      const block = x.subarray(from, from + INT4_BLOCK);
      const step = Math.max(...block.map(Math.abs)) / 7;
      for (let i = 0; i < block.length; i++)
        expect(Math.abs((y[from + i] as number) - (block[i] as number))).toBeLessThanOrEqual(step / 2 + 1e-6);
    }
    const zeros = new Float64Array(10);
    roundTrip('int4', zeros);
    expect([...zeros]).toEqual(new Array(10).fill(0));
  });

  it('counts bytes per format', () => {
    expect(wireBytes('fp32', 100)).toBe(400);
    expect(wireBytes('bf16', 100)).toBe(200);
    expect(wireBytes('int4', 128)).toBe(64 + 8);
  });
});
