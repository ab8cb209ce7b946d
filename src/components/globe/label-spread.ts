/**
 * Site buttons on the globe are drawn where their sites project, so two sites a few kilometres apart
 * (Colossus 1 and 2 in Memphis) would put one button on top of the other: neither could be hit
 * reliably, and axe's target-size rule fails. This moves a later button to the nearest free spot
 * around its site (below, above, left, right, then the diagonals, one button-size further each
 * round), so it stays close to the dot it stands for; earlier buttons keep their place.
 */

export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
  visible: boolean;
}

export interface LabelOffset {
  dx: number;
  dy: number;
}

const MAX_ROUNDS = 6;

function overlaps(a: LabelBox, at: LabelOffset, b: LabelBox, bt: LabelOffset, gapPx: number): boolean {
  const ax = a.x + at.dx;
  const ay = a.y + at.dy;
  const bx = b.x + bt.dx;
  const by = b.y + bt.dy;
  return (
    ax < bx + b.width + gapPx && bx < ax + a.width + gapPx && ay < by + b.height + gapPx && by < ay + a.height + gapPx
  );
}

/** Candidate offsets for a box, nearest first; whole pixels, so a spot never touches by a hair. */
function* candidates(box: LabelBox, gapPx: number): Generator<LabelOffset> {
  yield { dx: 0, dy: 0 };
  const stepY = Math.ceil(box.height + gapPx);
  const stepX = Math.ceil(box.width + gapPx);
  for (let r = 1; r <= MAX_ROUNDS; r++) {
    yield { dx: 0, dy: r * stepY };
    yield { dx: 0, dy: -r * stepY };
    yield { dx: -r * stepX, dy: 0 };
    yield { dx: r * stepX, dy: 0 };
    yield { dx: -r * stepX, dy: r * stepY };
    yield { dx: r * stepX, dy: r * stepY };
    yield { dx: -r * stepX, dy: -r * stepY };
    yield { dx: r * stepX, dy: -r * stepY };
  }
}

/** A moved box stays inside the stage: a label pushed past the edge would be cut off. */
function inside(box: LabelBox, at: LabelOffset, stage: StageBounds | undefined): boolean {
  if (!stage || (at.dx === 0 && at.dy === 0)) return true;
  const x = box.x + at.dx;
  const y = box.y + at.dy;
  return x >= 0 && y >= 0 && x + box.width <= stage.width && y + box.height <= stage.height;
}

export interface StageBounds {
  width: number;
  height: number;
}

/**
 * One offset per box, in order. Hidden boxes (far side of the globe) stay put and block nothing.
 * With `stage`, a box is only moved to spots inside it (a box at its own site may overhang).
 */
export function spreadLabels(boxes: readonly LabelBox[], gapPx = 2, stage?: StageBounds): LabelOffset[] {
  const offsets: LabelOffset[] = [];
  boxes.forEach((box, i) => {
    const clear = (at: LabelOffset) =>
      inside(box, at, stage) &&
      boxes.every(
        (other, j) => j >= i || !other.visible || !overlaps(box, at, other, offsets[j] as LabelOffset, gapPx),
      );
    let chosen: LabelOffset = { dx: 0, dy: 0 };
    if (box.visible) {
      let found: LabelOffset | undefined;
      for (const at of candidates(box, gapPx)) {
        if (clear(at)) {
          found = at;
          break;
        }
      }
      // A crowd too dense for the rings: stack below everything placed so far.
      chosen = found ?? {
        dx: 0,
        dy: Math.ceil(
          Math.max(...offsets.map((o, j) => (boxes[j]?.y ?? 0) + o.dy + (boxes[j]?.height ?? 0))) + gapPx - box.y,
        ),
      };
    }
    offsets.push(chosen);
  });
  return offsets;
}
