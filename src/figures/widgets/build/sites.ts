/**
 * The sites of a build as the reader set them: the first n slots, each a site of the data (its
 * location read through the tracker, so its source reaches the badge) or a point of their own. An
 * empty slot takes the next site of the data not yet used. Needs no engine: the map and the controls
 * read it on the main thread.
 */
import { readLocation } from '../../../lib/data/provenance';
import { formatNumber } from '../../../lib/format';
import { sites } from '../../../lib/payload';
import { scenarioById } from '../../../lib/widgets/presets';
import { type BuildState, SLOTS, siteKey } from './state';

export interface BuildSite {
  slot: number;
  /** The data's site id, or null for a point of the reader's own. */
  siteId: string | null;
  name: string;
  lat: number;
  lon: number;
  /** True unless the site is one of the preset's own two in its own slot. */
  readerSet: boolean;
}

const pointName = (p: { lat: number; lon: number }) =>
  `${formatNumber(p.lat, { sigFigs: 4 })}°, ${formatNumber(p.lon, { sigFigs: 5 })}°`;

export function buildSites(state: BuildState): BuildSite[] {
  const preset = scenarioById(state.preset);
  const own = [preset.siteA, preset.siteB];
  const slots = SLOTS.slice(0, state.n);
  const taken = new Set(slots.map((slot) => state[siteKey(slot)]).filter((c) => typeof c === 'string'));
  const spare = sites.filter((s) => !taken.has(s.id));
  return slots.map((slot) => {
    let choice = state[siteKey(slot)];
    if (choice === null) choice = spare.shift()?.id ?? (sites[0]?.id as string);
    if (typeof choice === 'object') return { slot, siteId: null, name: pointName(choice), ...choice, readerSet: true };
    const site = sites.find((s) => s.id === choice) ?? (sites[0] as (typeof sites)[number]);
    return {
      slot,
      siteId: site.id,
      name: site.shortName,
      ...readLocation(site.location),
      readerSet: own[slot - 1] !== site.id,
    };
  });
}
