/** What the controller needs from a drawing surface, so the 3D globe and the 2D map are interchangeable. */
export interface Camera {
  lat: number;
  lon: number;
  zoom: number;
}
export interface LatLonPoint {
  lat: number;
  lon: number;
}
export interface ScreenPoint {
  x: number;
  y: number;
  visible: boolean;
}
export interface StageView {
  readonly kind: '3d' | 'map';
  /** Draw with this camera on the next frame (coalesced; nothing is drawn while nothing changes). */
  render(camera: Camera): void;
  /** CSS px inside the stage. */
  project(p: LatLonPoint): ScreenPoint;
  /** The point on Earth under stage px (x, y), or null off the globe. */
  pick(x: number, y: number): LatLonPoint | null;
  /** Pixels per radian of arc at the view centre, for drag-to-rotate. */
  pxPerRadian(): number;
  setSandbox(p: LatLonPoint | null): void;
  setSlowdown(onScreenMsPerRealMs: number): void;
  setReducedMotion(reduce: boolean): void;
  /** Called after every drawn frame with the pulse clock (real ms into the trip), or null. */
  onFrame(cb: (pulseRealMs: number | null) => void): void;
  /** Re-read colours from CSS (theme switch). */
  restyle(): void;
  dispose(): void;
}

export interface ViewLink {
  id: string;
  from: LatLonPoint;
  to: LatLonPoint;
  oneWayMs: number;
}
export interface ViewSite extends LatLonPoint {
  id: string;
  role: 'superfactory' | 'comparison';
}
export interface ViewInit {
  stage: HTMLElement;
  /** The canvas and WebGL2 context the probe created (3D only). */
  surface: { canvas: HTMLCanvasElement; context: WebGL2RenderingContext } | null;
  sites: ViewSite[];
  links: ViewLink[];
  reducedMotion: boolean;
  slowdown: number;
  /** Shown when the view fails at run time (lost context): the controller swaps in the picture. */
  onLost(lost: boolean): void;
}
export type CreateView = (init: ViewInit) => StageView;
