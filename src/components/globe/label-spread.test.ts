import { describe, expect, it } from 'vitest';
import { type LabelBox, spreadLabels } from './label-spread';

const box = (x: number, y: number, visible = true): LabelBox => ({ x, y, width: 24, height: 24, visible });

describe('spreadLabels', () => {
  it('leaves boxes that do not touch where they are', () => {
    expect(spreadLabels([box(0, 0), box(100, 0), box(0, 100)])).toEqual([0, 0, 0]);
  });

  it('moves the second of two coincident sites below the first', () => {
    const [a, b] = spreadLabels([box(50, 50), box(51, 52)]);
    expect(a).toBe(0);
    expect(52 + (b ?? 0)).toBeGreaterThanOrEqual(50 + 24 + 2);
  });

  it('stacks three coincident sites into three rows without overlap', () => {
    const boxes = [box(10, 10), box(10, 10), box(10, 10)];
    const dy = spreadLabels(boxes);
    expect(dy).toEqual([0, 26, 52]);
  });

  it('ignores sites on the far side of the globe', () => {
    expect(spreadLabels([box(0, 0, false), box(0, 0)])).toEqual([0, 0]);
    expect(spreadLabels([box(0, 0), box(0, 0, false)])).toEqual([0, 0]);
  });

  it('never leaves two visible boxes overlapping (random scenes)', () => {
    for (let seed = 1; seed < 200; seed++) {
      let s = seed;
      const rnd = () => {
        s = (s * 16807) % 2147483647;
        return s / 2147483647;
      };
      const boxes = Array.from({ length: 8 }, () => ({ ...box(rnd() * 60, rnd() * 60), width: 20 + rnd() * 60 }));
      const dy = spreadLabels(boxes, 0);
      for (let i = 0; i < boxes.length; i++)
        for (let j = 0; j < i; j++) {
          const a = boxes[i] as LabelBox;
          const b = boxes[j] as LabelBox;
          const ya = a.y + (dy[i] ?? 0);
          const yb = b.y + (dy[j] ?? 0);
          const overlap = a.x < b.x + b.width && b.x < a.x + a.width && ya < yb + b.height && yb < ya + a.height;
          expect(overlap, `seed ${seed}: ${i} over ${j}`).toBe(false);
        }
    }
  });
});
