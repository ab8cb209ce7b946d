/**
 * The campus in WebGL. Every kind of object is one InstancedMesh (racks, pipes, slabs, shells,
 * feeders), so 20,000 racks cost the same number of draw calls as 20. Frames are drawn only when
 * the power or the camera changes.
 */
import {
  AmbientLight,
  BoxGeometry,
  type BufferGeometry,
  CylinderGeometry,
  DirectionalLight,
  InstancedMesh,
  type Material,
  Matrix4,
  Mesh,
  MeshBasicMaterial,
  MeshLambertMaterial,
  PerspectiveCamera,
  PlaneGeometry,
  Quaternion,
  Scene,
  Vector3,
  WebGLRenderer,
} from 'three';
import {
  type CampusLayout,
  FLOORS_PER_HALL,
  feederRoute,
  HALL_DEPTH_M,
  HALL_HEIGHT_M,
  HALL_WIDTH_M,
  hallsFor,
  RACK_DEPTH_M,
  RACK_HEIGHT_M,
  RACK_WIDTH_M,
  RACKS_PER_ROW,
  STOREY_M,
} from '../../../figures/globe/campus/layout';
import { createFrameLoop } from '../frame-loop';
import { readTokenColors } from '../three/css-color';
import type { GlSurface } from '../webgl-support';

// Straight runs per feeder route (feederRoute has five points).
const FEEDER_RUNS = 4;

export interface CampusCamera {
  azimuth: number;
  elevation: number;
  zoom: number;
}

export interface CampusView {
  readonly renderer: WebGLRenderer;
  setLayout(layout: CampusLayout): void;
  render(camera: CampusCamera): void;
  restyle(): void;
  debug(): Record<string, number>;
  dispose(): void;
}

export const CAMPUS_TOKENS = {
  ground: '--color-surface',
  rack: '--color-text',
  slab: '--color-border',
  shell: '--color-muted',
  supply: '--chart-1',
  returns: '--chart-2',
  feeder: '--chart-5',
  substation: '--chart-5',
} as const;

export function createCampusView(
  stage: HTMLElement,
  surface: GlSurface,
  capacity: { racks: number },
  onLost: (lost: boolean) => void,
): CampusView {
  const { canvas, context } = surface;
  canvas.className = 'campus-canvas';
  canvas.setAttribute('aria-hidden', 'true');
  stage.prepend(canvas);
  const renderer = new WebGLRenderer({ canvas, context, antialias: true, alpha: true, powerPreference: 'low-power' });
  renderer.setPixelRatio(Math.min(window.devicePixelRatio || 1, 2));
  const scene = new Scene();
  const camera = new PerspectiveCamera(35, 4 / 3, 1, 20_000);
  scene.add(new AmbientLight(0xffffff, 1.6));
  const sun = new DirectionalLight(0xffffff, 1.4);
  sun.position.set(-0.6, 1, 0.4);
  scene.add(sun);

  const geometries: BufferGeometry[] = [];
  const materials: Material[] = [];
  const own = <G extends BufferGeometry>(g: G): G => {
    geometries.push(g);
    return g;
  };
  const mat = <M extends Material>(m: M): M => {
    materials.push(m);
    return m;
  };

  const maxRows = Math.ceil(capacity.racks / RACKS_PER_ROW) + 1;
  const maxHalls = hallsFor(capacity.racks) + 1;

  const groundMat = mat(new MeshLambertMaterial());
  const ground = new Mesh(own(new PlaneGeometry(1, 1)), groundMat);
  ground.rotation.x = -Math.PI / 2;
  scene.add(ground);

  const unitBox = own(new BoxGeometry(1, 1, 1));
  const pipeGeometry = own(new CylinderGeometry(0.5, 0.5, 1, 8, 1));

  const rackMat = mat(new MeshLambertMaterial());
  const racks = new InstancedMesh(unitBox, rackMat, capacity.racks);
  const slabMat = mat(new MeshLambertMaterial());
  const slabs = new InstancedMesh(unitBox, slabMat, maxHalls * FLOORS_PER_HALL);
  const shellMat = mat(new MeshLambertMaterial({ transparent: true, opacity: 0.14, depthWrite: false }));
  const shells = new InstancedMesh(unitBox, shellMat, maxHalls);
  const supplyMat = mat(new MeshLambertMaterial());
  const supply = new InstancedMesh(pipeGeometry, supplyMat, maxRows + maxHalls);
  const returnMat = mat(new MeshLambertMaterial());
  const returns = new InstancedMesh(pipeGeometry, returnMat, maxRows + maxHalls);
  const feederMat = mat(new MeshBasicMaterial());
  const feeders = new InstancedMesh(unitBox, feederMat, maxHalls * FEEDER_RUNS);
  const substationMat = mat(new MeshLambertMaterial());
  const substation = new Mesh(unitBox, substationMat);
  const instanced = [racks, slabs, shells, supply, returns, feeders];
  for (const m of instanced) m.frustumCulled = false;
  scene.add(racks, slabs, supply, returns, feeders, substation, shells);

  const restyle = () => {
    const c = readTokenColors(stage, CAMPUS_TOKENS);
    groundMat.color.copy(c.ground);
    rackMat.color.copy(c.rack);
    slabMat.color.copy(c.slab);
    shellMat.color.copy(c.shell);
    supplyMat.color.copy(c.supply);
    returnMat.color.copy(c.returns);
    feederMat.color.copy(c.feeder);
    substationMat.color.copy(c.substation);
  };
  restyle();

  let extentM = 100;
  let width = 1;
  let height = 1;
  let cam: CampusCamera = { azimuth: 0.7, elevation: 0.6, zoom: 1 };

  const m4 = new Matrix4();
  const q = new Quaternion();
  const alongX = new Quaternion().setFromAxisAngle(new Vector3(0, 0, 1), Math.PI / 2);
  const alongZ = new Quaternion().setFromAxisAngle(new Vector3(1, 0, 0), Math.PI / 2);
  const pos = new Vector3();
  const up = new Vector3(0, 1, 0);
  const scl = new Vector3();

  const setLayout = (layout: CampusLayout) => {
    let i = 0;
    for (const row of layout.rows) {
      for (let k = 0; k < row.racks && i < capacity.racks; k++) {
        pos.set(row.x + (k + 0.5) * RACK_WIDTH_M, row.y + 0.3 + RACK_HEIGHT_M / 2, row.z);
        racks.setMatrixAt(
          i++,
          m4.compose(pos, q.identity(), scl.set(RACK_WIDTH_M * 0.92, RACK_HEIGHT_M, RACK_DEPTH_M)),
        );
      }
    }
    racks.count = i;
    // Closed loop: supply (cool) and return (warm) pipes above every row, and a header per hall.
    let p = 0;
    for (const row of layout.rows) {
      const len = row.racks * RACK_WIDTH_M;
      const y = row.y + 0.3 + RACK_HEIGHT_M + 0.5;
      supply.setMatrixAt(p, m4.compose(pos.set(row.x + len / 2, y, row.z - 0.3), alongX, scl.set(0.35, len, 0.35)));
      returns.setMatrixAt(p, m4.compose(pos.set(row.x + len / 2, y, row.z + 0.3), alongX, scl.set(0.35, len, 0.35)));
      p++;
    }
    layout.halls.forEach((h, k) => {
      const x = h.x - HALL_WIDTH_M / 2 + 1.2;
      supply.setMatrixAt(p + k, m4.compose(pos.set(x, 1, h.z), alongZ, scl.set(0.8, HALL_DEPTH_M - 2, 0.8)));
      returns.setMatrixAt(p + k, m4.compose(pos.set(x + 1.2, 1, h.z), alongZ, scl.set(0.8, HALL_DEPTH_M - 2, 0.8)));
    });
    supply.count = p + layout.halls.length;
    returns.count = p + layout.halls.length;
    let feederCount = 0;
    layout.halls.forEach((h, k) => {
      for (let f = 0; f < FLOORS_PER_HALL; f++) {
        slabs.setMatrixAt(
          k * FLOORS_PER_HALL + f,
          m4.compose(pos.set(h.x, f * STOREY_M + 0.15, h.z), q.identity(), scl.set(HALL_WIDTH_M, 0.3, HALL_DEPTH_M)),
        );
      }
      shells.setMatrixAt(
        k,
        m4.compose(
          pos.set(h.x, HALL_HEIGHT_M / 2, h.z),
          q.identity(),
          scl.set(HALL_WIDTH_M, HALL_HEIGHT_M, HALL_DEPTH_M),
        ),
      );
      // Power: each feeder is a few straight runs along the corridors (see feederRoute).
      const route = feederRoute(layout, h);
      for (let j = 1; j < route.length; j++) {
        const [ax, az] = route[j - 1] as [number, number];
        const [bx, bz] = route[j] as [number, number];
        const len = Math.hypot(bx - ax, bz - az);
        q.setFromAxisAngle(up, -Math.atan2(bz - az, bx - ax));
        feeders.setMatrixAt(
          feederCount++,
          m4.compose(pos.set((ax + bx) / 2, 0.4, (az + bz) / 2), q, scl.set(len + 1, 0.5, 1)),
        );
      }
    });
    slabs.count = layout.halls.length * FLOORS_PER_HALL;
    shells.count = layout.halls.length;
    feeders.count = feederCount;
    for (const m of instanced) m.instanceMatrix.needsUpdate = true;
    substation.position.set(layout.substation.x, 3, layout.substation.z);
    substation.scale.set(16, 6, 12);
    extentM = Math.max(60, layout.widthM + 80, layout.depthM + 40);
    ground.scale.set(extentM * 1.15, extentM * 1.15, 1);
    applyCamera();
    schedule();
  };

  const applyCamera = () => {
    camera.aspect = width / height;
    const d = (extentM * 0.42) / Math.tan((35 * Math.PI) / 360) / cam.zoom;
    camera.position.set(
      d * Math.cos(cam.elevation) * Math.sin(cam.azimuth),
      d * Math.sin(cam.elevation),
      d * Math.cos(cam.elevation) * Math.cos(cam.azimuth),
    );
    camera.near = Math.max(0.5, d / 200);
    camera.far = d * 4 + extentM * 4;
    camera.updateProjectionMatrix();
    camera.lookAt(0, 0, 0);
  };

  const loop = createFrameLoop({
    stage,
    canvas,
    draw() {
      renderer.render(scene, camera);
      if (loop.frames === 0) performance.mark(`${stage.closest('sf-campus')?.id || 'campus'}:first-frame`);
      return false;
    },
    resize(size) {
      width = size.width;
      height = size.height;
      renderer.setSize(width, height, false);
      applyCamera();
    },
    onContextLost: onLost,
  });
  const schedule = loop.invalidate;

  return {
    renderer,
    setLayout,
    render(c) {
      cam = { ...c };
      applyCamera();
      schedule();
    },
    restyle() {
      restyle();
      schedule();
    },
    debug() {
      return {
        frames: loop.frames,
        calls: renderer.info.render.calls,
        racks: racks.count,
        geometries: renderer.info.memory.geometries,
        textures: renderer.info.memory.textures,
      };
    },
    dispose() {
      loop.dispose();
      for (const m of instanced) m.dispose();
      for (const g of geometries) g.dispose();
      for (const m of materials) m.dispose();
      (stage as HTMLElement & { sfLastMemory?: object }).sfLastMemory = { ...renderer.info.memory };
      renderer.dispose();
      renderer.forceContextLoss();
      canvas.remove();
    },
  };
}
