/**
 * The 2D fallback when WebGL is missing: an Equal Earth SVG map with the same sites, arcs, ticks,
 * pulses and sandbox as the globe, drawn with d3-geo from the same data.
 */
import { type GeoProjection, geoGraticule10, geoInterpolate, geoPath } from 'd3-geo';
import type { MultiLineString } from 'geojson';
import { flatMapFor, greatCirclePoints, landFeature, loadStateLines } from '../../../lib/geo-render';
import { createFrameLoop } from '../frame-loop';
import type { Camera, CreateView, LatLonPoint, StageView } from '../stage-view';

const SVG_NS = 'http://www.w3.org/2000/svg';
const STATES_FROM_ZOOM = 2.5;
// A flat world map is wide and short: at the globe's zoom the US would be a thumbnail.
const MAP_ZOOM_BOOST = 2;

function el<K extends keyof SVGElementTagNameMap>(
  name: K,
  attrs: Record<string, string> = {},
): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
}

export const createMapView: CreateView = (init) => {
  const { stage } = init;
  const svg = el('svg', { class: 'globe-map', 'aria-hidden': 'true' });
  const sphere = el('path', { class: 'map-sphere' });
  const grid = el('path', { class: 'map-grid' });
  const land = el('path', { class: 'map-land' });
  const states = el('path', { class: 'map-states' });
  const sandboxLines = el('path', { class: 'map-sandbox-lines' });
  const arcs = init.links.map(() => el('path', { class: 'map-arc' }));
  const ticks = el('g', { class: 'map-ticks' });
  const pulses = init.links.map(() => el('circle', { class: 'map-pulse', r: '4' }));
  const markers = init.sites.map((s) => el('circle', { class: `map-marker map-marker-${s.role}`, r: '5' }));
  const sandboxMarker = el('circle', { class: 'map-sandbox', r: '6' });
  svg.append(sphere, grid, land, states, sandboxLines, ...arcs, ticks, ...pulses, ...markers, sandboxMarker);
  stage.prepend(svg);

  let width = 1;
  let height = 1;
  let cam: Camera = { lat: 0, lon: 0, zoom: 1 };
  let projection: GeoProjection = flatMapFor({ width, height, center: cam, zoom: MAP_ZOOM_BOOST });
  let sandbox: LatLonPoint | null = null;
  let statesLines: MultiLineString | null = null;
  let statesRequested = false;
  let reducedMotion = init.reducedMotion;
  let slowdown = init.slowdown;
  let frameCb: (pulseRealMs: number | null) => void = () => {};
  let disposed = false;
  let startMs: number | null = null;
  const landGeo = landFeature();
  const graticule = geoGraticule10();

  const draw = () => {
    projection = flatMapFor({ width, height, center: cam, zoom: cam.zoom * MAP_ZOOM_BOOST });
    const path = geoPath(projection).digits(1);
    svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    sphere.setAttribute('d', path({ type: 'Sphere' }) ?? '');
    grid.setAttribute('d', path(graticule) ?? '');
    land.setAttribute('d', path(landGeo) ?? '');
    states.setAttribute('d', statesLines && cam.zoom >= STATES_FROM_ZOOM ? (path(statesLines) ?? '') : '');
    init.links.forEach((l, i) => {
      arcs[i]?.setAttribute('d', path({ type: 'LineString', coordinates: greatCirclePoints(l.from, l.to, 48) }) ?? '');
    });
    ticks.replaceChildren();
    for (const l of init.links) {
      const at = geoInterpolate([l.from.lon, l.from.lat], [l.to.lon, l.to.lat]);
      for (let ms = 1; ms < l.oneWayMs; ms++) {
        const xy = projection(at(ms / l.oneWayMs));
        if (xy) ticks.append(el('circle', { cx: xy[0].toFixed(1), cy: xy[1].toFixed(1), r: '2' }));
      }
    }
    init.sites.forEach((s, i) => {
      const xy = projection([s.lon, s.lat]);
      markers[i]?.setAttribute('cx', (xy?.[0] ?? -99).toFixed(1));
      markers[i]?.setAttribute('cy', (xy?.[1] ?? -99).toFixed(1));
    });
    if (sandbox) {
      const from = sandbox;
      const lines: MultiLineString = {
        type: 'MultiLineString',
        coordinates: init.sites.map((s) => greatCirclePoints(from, s, 32)),
      };
      sandboxLines.setAttribute('d', path(lines) ?? '');
      const xy = projection([sandbox.lon, sandbox.lat]);
      sandboxMarker.setAttribute('cx', (xy?.[0] ?? -99).toFixed(1));
      sandboxMarker.setAttribute('cy', (xy?.[1] ?? -99).toFixed(1));
    }
    sandboxLines.style.display = sandbox ? '' : 'none';
    sandboxMarker.style.display = sandbox ? '' : 'none';
  };

  const pulsesMove = () => !reducedMotion && init.links.length > 0;
  // SVG geometry is redrawn on camera and size changes; a frame only moves the pulses.
  const movePulses = (now: number): number | null => {
    if (!pulsesMove()) {
      startMs = null;
      return null;
    }
    if (startMs === null) startMs = now;
    const realMs = (now - startMs) / slowdown;
    let clock: number | null = null;
    init.links.forEach((l, i) => {
      const cycle = realMs % (2 * l.oneWayMs);
      const t = cycle <= l.oneWayMs ? cycle / l.oneWayMs : 2 - cycle / l.oneWayMs;
      const xy = projection(geoInterpolate([l.from.lon, l.from.lat], [l.to.lon, l.to.lat])(t));
      pulses[i]?.setAttribute('cx', (xy?.[0] ?? -99).toFixed(1));
      pulses[i]?.setAttribute('cy', (xy?.[1] ?? -99).toFixed(1));
      clock ??= cycle;
    });
    return clock;
  };
  const loop = createFrameLoop({
    stage,
    draw(now) {
      const clock = movePulses(now);
      for (const p of pulses) p.style.display = pulsesMove() ? '' : 'none';
      frameCb(clock);
      return pulsesMove();
    },
    resize(size) {
      width = size.width;
      height = size.height;
      draw();
    },
  });
  const schedule = loop.invalidate;

  const view: StageView = {
    kind: 'map',
    render(c) {
      cam = { ...c };
      if (cam.zoom >= STATES_FROM_ZOOM && !statesRequested) {
        statesRequested = true;
        loadStateLines()
          .then((lines) => {
            if (disposed) return;
            statesLines = lines;
            draw();
          })
          .catch(() => {});
      }
      draw();
      schedule();
    },
    project(p) {
      const xy = projection([p.lon, p.lat]);
      if (!xy) return { x: 0, y: 0, visible: false };
      return { x: xy[0], y: xy[1], visible: xy[0] >= 0 && xy[0] <= width && xy[1] >= 0 && xy[1] <= height };
    },
    pick(x, y) {
      const ll = projection.invert?.([x, y]);
      if (!ll || !Number.isFinite(ll[0]) || !Number.isFinite(ll[1]) || Math.abs(ll[1]) > 90 || Math.abs(ll[0]) > 180)
        return null;
      return { lat: ll[1], lon: ll[0] };
    },
    pxPerRadian: () => projection.scale(),
    setSandbox(p) {
      sandbox = p;
      draw();
    },
    setSlowdown(v) {
      slowdown = v;
      startMs = null;
      schedule();
    },
    setReducedMotion(v) {
      reducedMotion = v;
      schedule();
    },
    onFrame(cb) {
      frameCb = cb;
    },
    restyle() {
      // Colours come from CSS classes; nothing to re-read.
    },
    dispose() {
      disposed = true;
      loop.dispose();
      svg.remove();
    },
  };
  return view;
};
