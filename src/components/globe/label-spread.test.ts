import { describe, expect, it } from 'vitest';
import { type LabelBox, type LabelOffset, spreadLabels } from './label-spread';

const box = (x: number, y: number, visible = true): LabelBox => ({ x, y, width: 24, height: 24, visible });
const still = { dx: 0, dy: 0 };

function overlapping(boxes: LabelBox[], at: LabelOffset[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = 0; j < i; j++) {
      const a = boxes[i] as LabelBox;
      const b = boxes[j] as LabelBox;
      if (!a.visible || !b.visible) continue;
      const [ax, ay] = [a.x + (at[i]?.dx ?? 0), a.y + (at[i]?.dy ?? 0)];
      const [bx, by] = [b.x + (at[j]?.dx ?? 0), b.y + (at[j]?.dy ?? 0)];
      if (ax < bx + b.width && bx < ax + a.width && ay < by + b.height && by < ay + a.height)
        found.push(`${i} over ${j}`);
    }
  return found;
}

describe('spreadLabels', () => {
  it('leaves boxes that do not touch where they are', () => {
    expect(spreadLabels([box(0, 0), box(100, 0), box(0, 100)])).toEqual([still, still, still]);
  });

  it('moves the second of two coincident sites just below the first', () => {
    expect(spreadLabels([box(50, 50), box(51, 52)])).toEqual([still, { dx: 0, dy: 26 }]);
  });

  it('puts three coincident sites below, above, beside: each within one button of its dot', () => {
    const dy = spreadLabels([box(10, 10), box(10, 10), box(10, 10)]);
    expect(dy).toEqual([still, { dx: 0, dy: 26 }, { dx: 0, dy: -26 }]);
  });

  it('ignores sites on the far side of the globe', () => {
    expect(spreadLabels([box(0, 0, false), box(0, 0)])).toEqual([still, still]);
    expect(spreadLabels([box(0, 0), box(0, 0, false)])).toEqual([still, still]);
  });

  it('never leaves two visible boxes overlapping (random crowded scenes)', () => {
    for (let seed = 1; seed < 200; seed++) {
      let s = seed;
      const rnd = () => {
        s = (s * 16807) % 2147483647;
        return s / 2147483647;
      };
      const boxes = Array.from({ length: 12 }, () => ({ ...box(rnd() * 60, rnd() * 60), width: 20 + rnd() * 60 }));
      expect(overlapping(boxes, spreadLabels(boxes, 0)), `seed ${seed}`).toEqual([]);
    }
  });

  it('moves a box only to spots inside the stage when given one', () => {
    // Coincident at the bottom edge: "below" would leave the stage, so the second goes above.
    const stage = { width: 200, height: 100 };
    expect(spreadLabels([box(50, 70), box(50, 70)], 2, stage)).toEqual([still, { dx: 0, dy: -26 }]);
    expect(spreadLabels([box(50, 70), box(50, 70)])).toEqual([still, { dx: 0, dy: 26 }]);
  });
});
