/**
 * Bench-only page (bundled by globe.bench.ts, never part of the site): globe.gl drawing the same
 * land outlines, sites and arcs as our globe, instrumented the same way.
 */
import Globe from 'globe.gl';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import land from 'world-atlas/land-110m.json';

interface BenchData {
  sites: { id: string; shortName: string; lat: number; lon: number }[];
  links: { from: { lat: number; lon: number }; to: { lat: number; lon: number }; oneWayMs: number }[];
  center: { lat: number; lon: number };
  width: number;
  height: number;
}

export function start(t0: number, data: BenchData) {
  const el = document.getElementById('globe') as HTMLElement;
  const topo = land as unknown as Topology<{ land: GeometryCollection }>;
  const landFeatures = (feature(topo, topo.objects.land) as unknown as { features: object[] }).features;
  const globe = new Globe(el, { animateIn: false })
    .width(data.width)
    .height(data.height)
    .backgroundColor('rgba(0,0,0,0)')
    .polygonsData(landFeatures)
    .polygonCapColor(() => 'rgba(0,0,0,0)')
    .polygonSideColor(() => 'rgba(0,0,0,0)')
    .polygonStrokeColor(() => '#575c66')
    .polygonAltitude(0.001)
    .pointsData(data.sites)
    .pointLat('lat')
    .pointLng('lon')
    .pointRadius(0.25)
    .pointAltitude(0.005)
    .pointColor(() => '#1d5bb8')
    .labelsData(data.sites)
    .labelLat('lat')
    .labelLng('lon')
    .labelText('shortName')
    .labelSize(0.6)
    .arcsData(data.links)
    .arcStartLat((d: object) => (d as BenchData['links'][number]).from.lat)
    .arcStartLng((d: object) => (d as BenchData['links'][number]).from.lon)
    .arcEndLat((d: object) => (d as BenchData['links'][number]).to.lat)
    .arcEndLng((d: object) => (d as BenchData['links'][number]).to.lon)
    .arcColor(() => '#c2570f')
    .arcDashLength(0.1)
    .arcDashGap(1)
    .arcDashAnimateTime((d: object) => (d as BenchData['links'][number]).oneWayMs * 1000)
    .pointOfView({ lat: data.center.lat, lng: data.center.lon, altitude: 1.2 }, 0);
  const renderer = globe.renderer();
  const hook = { t0, firstFrameAt: 0, renderMs: [] as number[], recording: false, globe };
  const render = renderer.render.bind(renderer);
  renderer.render = (scene, camera) => {
    const s = performance.now();
    render(scene, camera);
    const e = performance.now();
    if (!hook.firstFrameAt) hook.firstFrameAt = e;
    if (hook.recording) hook.renderMs.push(e - s);
  };
  (window as unknown as { benchHook: typeof hook }).benchHook = hook;
}
