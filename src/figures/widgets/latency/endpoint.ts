/**
 * The two ends of the latency widget: a site of the preset, another site, or a point the reader set.
 * Apart from the model, so the main-thread map and controls read them without the engine or the chart.
 */
import { readLocation } from '../../../lib/data/provenance';
import { formatNumber } from '../../../lib/format';
import type { BadgeStatus as InputStatus } from '../../../lib/format/status-badge';
import { scenarioById, siteById } from '../../../lib/widgets/presets';
import { tracked } from '../../shared/provenance';
import type { LatencyState } from './state';

export interface Endpoint {
  name: string;
  lat: number;
  lon: number;
  /** False when the end is the preset's own site (its location record then counts); true when the reader chose it. */
  readerSet: boolean;
}

/** A site's coordinates, read through the tracker when the end is the preset's own site. */
export function endpointCoordinates(state: LatencyState, which: 'a' | 'b'): Endpoint {
  const point = which === 'a' ? state.pa : state.pb;
  if (point)
    return {
      name: `${formatNumber(point.lat, { sigFigs: 4 })}°, ${formatNumber(point.lon, { sigFigs: 5 })}°`,
      ...point,
      readerSet: true,
    };
  const preset = scenarioById(state.preset);
  const id = (which === 'a' ? state.a : state.b) ?? (which === 'a' ? preset.siteA : preset.siteB);
  const site = siteById(id) ?? siteById(which === 'a' ? preset.siteA : preset.siteB);
  if (!site) throw new Error(`latency widget: no site "${id}"`);
  const presetSite = which === 'a' ? preset.siteA : preset.siteB;
  return { name: site.shortName, ...readLocation(site.location), readerSet: site.id !== presetSite };
}

export function endpointOf(state: LatencyState, which: 'a' | 'b'): Endpoint & { status: InputStatus } {
  const { value, provenance } = tracked(() => endpointCoordinates(state, which));
  return { ...value, status: value.readerSet ? 'reader' : provenance.status };
}
