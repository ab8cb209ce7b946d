/**
 * Where things stand on a schematic campus, in metres: halls of two storeys, rows of racks, a
 * supply and a return pipe along each row, one feeder per hall from the substation. Geometry only:
 * how many racks a given power buys comes from the engine (siteCompute), never from here.
 */
export const RACK_WIDTH_M = 0.6;
export const RACK_DEPTH_M = 1.2;
export const RACK_HEIGHT_M = 2.3;
export const RACKS_PER_ROW = 24;
export const ROWS_PER_FLOOR = 16;
export const FLOORS_PER_HALL = 2;
export const ROW_PITCH_M = 3;
export const STOREY_M = 6;
const HALL_MARGIN_M = 3;
const HALL_GAP_M = 10;

export const RACKS_PER_HALL = RACKS_PER_ROW * ROWS_PER_FLOOR * FLOORS_PER_HALL;
export const HALL_WIDTH_M = RACKS_PER_ROW * RACK_WIDTH_M + 2 * HALL_MARGIN_M;
export const HALL_DEPTH_M = ROWS_PER_FLOOR * ROW_PITCH_M + 2 * HALL_MARGIN_M;
export const HALL_HEIGHT_M = FLOORS_PER_HALL * STOREY_M;

export interface Hall {
  /** Centre of the footprint on the ground. */
  x: number;
  z: number;
  racks: number;
}
export interface Row {
  hall: number;
  floor: number;
  /** Row start (west end) and its racks. */
  x: number;
  y: number;
  z: number;
  racks: number;
}
export interface CampusLayout {
  halls: Hall[];
  rows: Row[];
  columns: number;
  widthM: number;
  depthM: number;
  substation: { x: number; z: number };
}

export function hallsFor(racks: number): number {
  return Math.max(0, Math.ceil(Math.max(0, racks) / RACKS_PER_HALL));
}

/** Halls fill in a near-square grid; racks fill hall by hall, floor by floor, row by row. */
export function campusLayout(racks: number): CampusLayout {
  const total = Math.max(0, Math.floor(racks));
  const hallCount = hallsFor(total);
  const columns = Math.max(1, Math.ceil(Math.sqrt(hallCount * 1.6)));
  const pitchX = HALL_WIDTH_M + HALL_GAP_M;
  const pitchZ = HALL_DEPTH_M + HALL_GAP_M;
  const rowsOfHalls = Math.max(1, Math.ceil(hallCount / columns));
  const widthM = columns * pitchX - HALL_GAP_M;
  const depthM = rowsOfHalls * pitchZ - HALL_GAP_M;
  const halls: Hall[] = [];
  const rows: Row[] = [];
  let left = total;
  for (let h = 0; h < hallCount; h++) {
    const x = (h % columns) * pitchX - widthM / 2 + HALL_WIDTH_M / 2;
    const z = Math.floor(h / columns) * pitchZ - depthM / 2 + HALL_DEPTH_M / 2;
    const inHall = Math.min(RACKS_PER_HALL, left);
    left -= inHall;
    halls.push({ x, z, racks: inHall });
    let hallLeft = inHall;
    for (let f = 0; f < FLOORS_PER_HALL && hallLeft > 0; f++) {
      for (let r = 0; r < ROWS_PER_FLOOR && hallLeft > 0; r++) {
        const n = Math.min(RACKS_PER_ROW, hallLeft);
        hallLeft -= n;
        rows.push({
          hall: h,
          floor: f,
          x: x - HALL_WIDTH_M / 2 + HALL_MARGIN_M,
          y: f * STOREY_M,
          z: z - HALL_DEPTH_M / 2 + HALL_MARGIN_M + r * ROW_PITCH_M + ROW_PITCH_M / 2,
          racks: n,
        });
      }
    }
  }
  return { halls, rows, columns, widthM, depthM, substation: { x: -widthM / 2 - 30, z: 0 } };
}

/**
 * A feeder's route on the ground: west from the substation to the corridor north of the hall's
 * row of halls, along that corridor, then into the hall. Corridors keep feeders off the roofs.
 */
export function feederRoute(layout: CampusLayout, hall: Hall): [number, number][] {
  const corridorZ = hall.z - HALL_DEPTH_M / 2 - HALL_GAP_M / 2;
  const spineX = layout.substation.x + 14;
  return [
    [layout.substation.x + 8, layout.substation.z],
    [spineX, layout.substation.z],
    [spineX, corridorZ],
    [hall.x, corridorZ],
    [hall.x, hall.z - HALL_DEPTH_M / 2],
  ];
}
