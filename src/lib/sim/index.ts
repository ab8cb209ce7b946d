export { DEFAULT_ROUTE_FACTOR, FIBER_KM_PER_S, fiberLatencyMs, greatCircleKm, type LatLon } from './geo';
