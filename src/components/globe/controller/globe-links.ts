/** The payload's links joined to their sites, with the engine's distance and delay for each. */

import type { GlobePayload, PayloadLink, PayloadSite } from '../../../figures/globe/payload';
import { type LinkLatency, linkLatency } from '../../../lib/sim/link-latency';

export interface GlobeLink extends PayloadLink {
  fromSite: PayloadSite;
  toSite: PayloadSite;
  readout: LinkLatency;
}

export function globeLinks(payload: GlobePayload): GlobeLink[] {
  const sitesById = new Map(payload.sites.map((s) => [s.id, s]));
  return payload.links.flatMap((l) => {
    const fromSite = sitesById.get(l.from);
    const toSite = sitesById.get(l.to);
    if (!fromSite || !toSite) return [];
    return [{ ...l, fromSite, toSite, readout: linkLatency(fromSite, toSite, l.routeFactor) }];
  });
}
