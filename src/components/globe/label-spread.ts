/**
 * Site buttons on the globe are drawn where their sites project, so two sites a few kilometres apart
 * (Colossus 1 and 2 in Memphis) would put one button on top of the other: neither could be hit
 * reliably, and axe's target-size rule fails. This moves later buttons down, a row at a time, until
 * no two visible buttons overlap.
 */

export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
  visible: boolean;
}

const overlaps = (a: LabelBox, b: LabelBox, dyA: number, dyB: number, gapPx: number): boolean =>
  a.x < b.x + b.width + gapPx &&
  b.x < a.x + a.width + gapPx &&
  a.y + dyA < b.y + dyB + b.height + gapPx &&
  b.y + dyB < a.y + dyA + a.height + gapPx;

/** Downward offsets (px), one per box, in order; earlier boxes keep their place. Hidden boxes stay put. */
export function spreadLabels(boxes: readonly LabelBox[], gapPx = 2): number[] {
  const offsets = boxes.map(() => 0);
  boxes.forEach((box, i) => {
    if (!box.visible) return;
    let dy = 0;
    // Each pass moves below the first box still in the way; n boxes need at most n passes.
    for (let pass = 0; pass <= i; pass++) {
      const blocker = boxes.findIndex(
        (other, j) => j < i && other.visible && overlaps(box, other, dy, offsets[j] ?? 0, gapPx),
      );
      if (blocker < 0) break;
      const other = boxes[blocker] as LabelBox;
      // Whole pixels: a fractional offset could land a hair above the blocker's edge and still touch it.
      dy = Math.ceil(other.y + (offsets[blocker] ?? 0) + other.height + gapPx - box.y);
    }
    offsets[i] = dy;
  });
  return offsets;
}
