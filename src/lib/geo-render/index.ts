export { type LonLat, landFeature, landOutline, loadStateLines, ringsOf, stateLines } from './atlas';
export {
  centerOf,
  flatMapFor,
  globeRadiusPx,
  greatCirclePoints,
  orthographicFor,
  type ProjectedScene,
  projectScene,
  type SceneLink,
  type ScenePoint,
  type View,
} from './scene';
