/**
 * The two ends of the latency widget: a site of the preset, another site, or a point the reader set.
 * Apart from the model, so the main-thread map and controls read them without the engine or the chart.
 */
import { formatNumber } from '../../format';
import type { InputStatus } from '../badges';
import { scenarioById, siteById } from '../presets';
import type { LatencyState } from './state';

export interface Endpoint {
  name: string;
  lat: number;
  lon: number;
  status: InputStatus;
}

export function endpointOf(state: LatencyState, which: 'a' | 'b'): Endpoint {
  const point = which === 'a' ? state.pa : state.pb;
  if (point)
    return {
      name: `${formatNumber(point.lat, { sigFigs: 4 })}°, ${formatNumber(point.lon, { sigFigs: 5 })}°`,
      ...point,
      status: 'reader',
    };
  const preset = scenarioById(state.preset);
  const id = (which === 'a' ? state.a : state.b) ?? (which === 'a' ? preset.siteA : preset.siteB);
  const site = siteById(id) ?? siteById(which === 'a' ? preset.siteA : preset.siteB);
  if (!site) throw new Error(`latency widget: no site "${id}"`);
  const presetSite = which === 'a' ? preset.siteA : preset.siteB;
  return {
    name: site.shortName,
    lat: site.location.lat,
    lon: site.location.lon,
    status: site.id === presetSite ? site.location.status : 'reader',
  };
}
