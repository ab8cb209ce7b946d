/**
 * The WebGL globe: one sphere, one draw call each for land, grid and state lines, markers as one
 * InstancedMesh, an arc and a pulse per link. Frames are drawn only when something changes or
 * moves; offscreen, nothing is drawn at all. Everything created here is disposed in dispose().
 */
import { geoDistance, geoGraticule10 } from 'd3-geo';
import {
  BufferGeometry,
  Float32BufferAttribute,
  InstancedMesh,
  Line,
  LineBasicMaterial,
  LineSegments,
  Matrix4,
  Mesh,
  MeshBasicMaterial,
  type Object3D,
  PerspectiveCamera,
  Points,
  PointsMaterial,
  Raycaster,
  Scene,
  Sphere,
  SphereGeometry,
  Vector2,
  Vector3,
  WebGLRenderer,
} from 'three';
import {
  globeRadiusPx,
  greatCirclePoints,
  type LonLat,
  landOutline,
  loadStateLines,
  ringsOf,
} from '../../../lib/geo-render';
import { createFrameLoop } from '../frame-loop';
import type { Camera, CreateView, LatLonPoint, StageView, ViewLink } from '../stage-view';
import { type GlobeColors, readColors } from './colors';
import { arcPoints, fromVec3, pointAlong, segmentsGeometry, toVec3 } from './geometry';

const FOV_DEG = 30;
const MARKER_RADIUS = 0.0065;
const STATES_FROM_ZOOM = 2.5;

interface ArcParts {
  link: ViewLink;
  points: Vector3[];
  line: Line;
  ticks: Points;
  pulse: Mesh;
}

export const createGlobeView: CreateView = (init) => {
  const { stage } = init;
  if (!init.surface) throw new Error('createGlobeView needs a WebGL2 surface');
  const { canvas, context } = init.surface;
  canvas.className = 'globe-canvas';
  canvas.setAttribute('aria-hidden', 'true');
  stage.prepend(canvas);

  const renderer = new WebGLRenderer({ canvas, context, antialias: true, alpha: true, powerPreference: 'low-power' });
  renderer.setPixelRatio(Math.min(window.devicePixelRatio || 1, 2));
  const scene = new Scene();
  const camera = new PerspectiveCamera(FOV_DEG, 4 / 3, 0.0005, 50);
  let colors: GlobeColors = readColors(stage);

  // Geometries and materials are listed as they are made, so dispose() misses none.
  const geometries: BufferGeometry[] = [];
  const materials: { dispose(): void }[] = [];
  const own = <G extends BufferGeometry>(g: G): G => {
    geometries.push(g);
    return g;
  };
  const mat = <M extends { dispose(): void }>(m: M): M => {
    materials.push(m);
    return m;
  };

  const oceanMat = mat(new MeshBasicMaterial({ color: colors.ocean }));
  const globe = new Mesh(own(new SphereGeometry(1, 96, 64)), oceanMat);
  scene.add(globe);

  const graticuleRings = geoGraticule10().coordinates as LonLat[][];
  const gridMat = mat(new LineBasicMaterial({ color: colors.grid, transparent: true, opacity: 0.6 }));
  scene.add(new LineSegments(own(segmentsGeometry(graticuleRings, 1.0005)), gridMat));

  const landMat = mat(new LineBasicMaterial({ color: colors.land }));
  scene.add(new LineSegments(own(segmentsGeometry(ringsOf(landOutline()), 1.001)), landMat));

  const statesMat = mat(new LineBasicMaterial({ color: colors.states }));
  let statesRequested = false;
  let disposed = false;

  // Markers: one instanced draw call whatever the number of sites.
  const markerMat = mat(new MeshBasicMaterial({ color: 0xffffff }));
  const markers = new InstancedMesh(own(new SphereGeometry(MARKER_RADIUS, 16, 12)), markerMat, init.sites.length);
  scene.add(markers);
  const paintMarkers = () => {
    init.sites.forEach((s, i) => {
      markers.setColorAt(i, s.role === 'superfactory' ? colors.superfactory : colors.comparison);
    });
    if (markers.instanceColor) markers.instanceColor.needsUpdate = true;
  };
  paintMarkers();
  let markerScaleZoom = Number.NaN;
  const placeMarkers = (zoom: number) => {
    if (zoom === markerScaleZoom) return;
    markerScaleZoom = zoom;
    const m = new Matrix4();
    const s = 1 / Math.sqrt(zoom);
    init.sites.forEach((site, i) => {
      const p = toVec3(site.lat, site.lon, 1.002);
      m.makeScale(s, s, s).setPosition(p);
      markers.setMatrixAt(i, m);
    });
    markers.instanceMatrix.needsUpdate = true;
    markers.computeBoundingSphere();
    if (sandboxMarker) sandboxMarker.scale.setScalar(s);
    for (const a of arcs) a.pulse.scale.setScalar(s);
  };

  const arcMat = mat(new LineBasicMaterial({ color: colors.arc }));
  const tickMat = mat(new PointsMaterial({ color: colors.arc, size: 4, sizeAttenuation: false }));
  const pulseMat = mat(new MeshBasicMaterial({ color: colors.pulse }));
  const pulseGeometry = own(new SphereGeometry(MARKER_RADIUS * 0.9, 12, 8));

  const arcs: ArcParts[] = init.links.map((link) => {
    const angle = geoDistance([link.from.lon, link.from.lat], [link.to.lon, link.to.lat]);
    const points = arcPoints(greatCirclePoints(link.from, link.to, 64), Math.min(0.25, 0.12 + angle * 0.2) * angle);
    const line = new Line(own(new BufferGeometry().setFromPoints(points)), arcMat);
    // A tick for every whole millisecond of one-way delay: the latency stays visible without motion.
    const tickPositions: number[] = [];
    for (let ms = 1; ms < link.oneWayMs; ms++) {
      const p = pointAlong(points, ms / link.oneWayMs);
      tickPositions.push(p.x, p.y, p.z);
    }
    const tickGeometry = own(new BufferGeometry());
    tickGeometry.setAttribute('position', new Float32BufferAttribute(tickPositions, 3));
    const ticks = new Points(tickGeometry, tickMat);
    const pulse = new Mesh(pulseGeometry, pulseMat);
    scene.add(line, ticks, pulse);
    return { link, points, line, ticks, pulse };
  });

  // Sandbox: a marker and a thin arc to every site, rebuilt when the reader moves it.
  const sandboxMat = mat(new MeshBasicMaterial({ color: colors.sandbox }));
  const sandboxLineMat = mat(new LineBasicMaterial({ color: colors.sandbox, transparent: true, opacity: 0.8 }));
  let sandboxMarker: Mesh | null = null;
  let sandboxLines: LineSegments | null = null;
  const sandboxMarkerGeometry = own(new SphereGeometry(MARKER_RADIUS * 1.1, 16, 12));

  let reducedMotion = init.reducedMotion;
  let slowdown = init.slowdown;
  let cam: Camera = { lat: 0, lon: 0, zoom: 1 };
  let width = 1;
  let height = 1;
  let frameCb: (pulseRealMs: number | null) => void = () => {};
  let startMs: number | null = null;

  const pulsesMove = () => !reducedMotion && arcs.length > 0;

  // The picture is orthographic, the camera perspective: they can agree on one thing. Zoomed out, the
  // globe's outline (the reader sees the whole globe); zoomed in, the scale at the centre of the view, where
  // the sites are (matching the outline there drew the two-site view about twice as close as its picture).
  const cameraDistance = () => {
    const k = (globeRadiusPx({ width, height, zoom: cam.zoom }) / (height / 2)) * Math.tan((FOV_DEG * Math.PI) / 360);
    const outline = 1 / Math.sin(Math.atan(k));
    const centre = 1 + 1 / k;
    const t = Math.min(1, Math.max(0, cam.zoom - 1));
    return outline + (centre - outline) * t;
  };

  const applyCamera = () => {
    camera.aspect = width / height;
    const d = cameraDistance();
    camera.near = Math.max(0.0005, (d - 1) * 0.5);
    camera.far = d + 2;
    camera.updateProjectionMatrix();
    toVec3(cam.lat, cam.lon, d, camera.position);
    camera.up.set(0, 1, 0);
    camera.lookAt(0, 0, 0);
    camera.updateMatrixWorld();
    placeMarkers(cam.zoom);
    if (cam.zoom >= STATES_FROM_ZOOM && !statesRequested) loadStates();
  };

  const loadStates = () => {
    statesRequested = true;
    loadStateLines()
      .then((states) => {
        if (disposed) return;
        const lines = own(segmentsGeometry(ringsOf(states), 1.0008));
        scene.add(new LineSegments(lines, statesMat));
        invalidate();
      })
      .catch(() => {
        // State lines are a nicety; the globe works without them.
      });
  };

  const updatePulses = (now: number): number | null => {
    for (const a of arcs) a.pulse.visible = pulsesMove();
    if (!pulsesMove()) {
      startMs = null;
      return null;
    }
    if (startMs === null) startMs = now;
    const realMs = (now - startMs) / slowdown;
    let clock: number | null = null;
    for (const a of arcs) {
      // Out and back: the pulse shows one round trip, then starts again.
      const cycle = realMs % (2 * a.link.oneWayMs);
      const t = cycle <= a.link.oneWayMs ? cycle / a.link.oneWayMs : 2 - cycle / a.link.oneWayMs;
      pointAlong(a.points, t, a.pulse.position);
      clock ??= cycle;
    }
    return clock;
  };

  const loop = createFrameLoop({
    stage,
    canvas,
    draw(now) {
      const clock = updatePulses(now);
      renderer.render(scene, camera);
      frameCb(clock);
      return pulsesMove();
    },
    resize(size) {
      width = size.width;
      height = size.height;
      renderer.setSize(width, height, false);
      applyCamera();
    },
    onContextLost: init.onLost,
  });
  const invalidate = loop.invalidate;

  const raycaster = new Raycaster();
  const earth = new Sphere(new Vector3(), 1);
  const hit = new Vector3();
  const tmp = new Vector3();

  const restyle = () => {
    colors = readColors(stage);
    oceanMat.color.copy(colors.ocean);
    gridMat.color.copy(colors.grid);
    landMat.color.copy(colors.land);
    statesMat.color.copy(colors.states);
    arcMat.color.copy(colors.arc);
    tickMat.color.copy(colors.arc);
    pulseMat.color.copy(colors.pulse);
    sandboxMat.color.copy(colors.sandbox);
    sandboxLineMat.color.copy(colors.sandbox);
    paintMarkers();
    invalidate();
  };

  const removeSandbox = () => {
    for (const o of [sandboxMarker, sandboxLines] as (Object3D | null)[]) if (o) scene.remove(o);
    if (sandboxLines) {
      sandboxLines.geometry.dispose();
      const i = geometries.indexOf(sandboxLines.geometry);
      if (i >= 0) geometries.splice(i, 1);
    }
    sandboxMarker = null;
    sandboxLines = null;
  };

  const view: StageView & { debug(): Record<string, number>; renderer: WebGLRenderer } = {
    kind: '3d',
    renderer,
    render(c) {
      cam = { ...c };
      applyCamera();
      invalidate();
    },
    project(p) {
      const v = toVec3(p.lat, p.lon, 1.002, tmp);
      const facing = v.dot(camera.position) - v.lengthSq() > 0;
      const ndc = v.project(camera);
      return { x: ((ndc.x + 1) / 2) * width, y: ((1 - ndc.y) / 2) * height, visible: facing };
    },
    pick(x, y) {
      raycaster.setFromCamera(new Vector2((x / width) * 2 - 1, 1 - (y / height) * 2), camera);
      return raycaster.ray.intersectSphere(earth, hit) ? fromVec3(hit) : null;
    },
    pxPerRadian() {
      const d = cameraDistance();
      return (1 / (d - 1) / Math.tan((FOV_DEG * Math.PI) / 360)) * (height / 2);
    },
    setSandbox(p: LatLonPoint | null) {
      removeSandbox();
      if (p) {
        sandboxMarker = new Mesh(sandboxMarkerGeometry, sandboxMat);
        toVec3(p.lat, p.lon, 1.002, sandboxMarker.position);
        sandboxMarker.scale.setScalar(1 / Math.sqrt(cam.zoom));
        const rings = init.sites.map((s) => greatCirclePoints(p, s, 48));
        sandboxLines = new LineSegments(own(segmentsGeometry(rings, 1.0015)), sandboxLineMat);
        scene.add(sandboxMarker, sandboxLines);
      }
      invalidate();
    },
    setSlowdown(v) {
      slowdown = v;
      startMs = null;
      invalidate();
    },
    setReducedMotion(v) {
      reducedMotion = v;
      invalidate();
    },
    onFrame(cb) {
      frameCb = cb;
    },
    restyle,
    debug() {
      return {
        frames: loop.frames,
        calls: renderer.info.render.calls,
        geometries: renderer.info.memory.geometries,
        textures: renderer.info.memory.textures,
      };
    },
    dispose() {
      disposed = true;
      loop.dispose();
      removeSandbox();
      for (const g of geometries) g.dispose();
      for (const m of materials) m.dispose();
      markers.dispose();
      const memory = { ...renderer.info.memory };
      (stage as HTMLElement & { sfLastMemory?: typeof memory }).sfLastMemory = memory;
      renderer.dispose();
      renderer.forceContextLoss();
      canvas.remove();
    },
  };
  return view;
};
