/** A top-down floor plan of the schematic campus as plain shapes, for SVG (build time or no WebGL). */
import {
  type CampusLayout,
  feederRoute,
  HALL_DEPTH_M,
  HALL_WIDTH_M,
  RACK_DEPTH_M,
  RACK_WIDTH_M,
} from '../../../figures/globe/campus/layout';

export interface PlanShapes {
  viewBox: string;
  halls: { x: number; y: number; w: number; h: number }[];
  rows: { x: number; y: number; w: number; h: number }[];
  /** SVG `points` of each feeder's polyline. */
  feeders: string[];
  substation: { x: number; y: number; w: number; h: number };
}

const r1 = (x: number) => Math.round(x * 10) / 10;

/** Only ground-floor rows are drawn: the upper storey sits exactly above them. */
export function planShapes(layout: CampusLayout): PlanShapes {
  const pad = 12;
  const minX = layout.substation.x - 10 - pad;
  const maxX = layout.widthM / 2 + pad;
  const minY = -Math.max(layout.depthM / 2, 20) - pad;
  const maxY = Math.max(layout.depthM / 2, 20) + pad;
  return {
    viewBox: `${r1(minX)} ${r1(minY)} ${r1(maxX - minX)} ${r1(maxY - minY)}`,
    halls: layout.halls.map((h) => ({
      x: r1(h.x - HALL_WIDTH_M / 2),
      y: r1(h.z - HALL_DEPTH_M / 2),
      w: r1(HALL_WIDTH_M),
      h: r1(HALL_DEPTH_M),
    })),
    rows: layout.rows
      .filter((r) => r.floor === 0)
      .map((r) => ({ x: r1(r.x), y: r1(r.z - RACK_DEPTH_M / 2), w: r1(r.racks * RACK_WIDTH_M), h: RACK_DEPTH_M })),
    feeders: layout.halls.map((h) =>
      feederRoute(layout, h)
        .map(([x, z]) => `${r1(x)},${r1(z)}`)
        .join(' '),
    ),
    substation: { x: r1(layout.substation.x - 10), y: r1(layout.substation.z - 8), w: 20, h: 16 },
  };
}
