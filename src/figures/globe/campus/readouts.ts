/** Readout text for the campus, shared by the server render and the browser. */
import { formatNumber, formatSi } from '../../../lib/format';
import type { SiteCompute } from '../../../lib/sim/power';
import { hallsFor } from './layout';

export function campusReadouts(c: SiteCompute) {
  return {
    itPower: `${formatNumber(c.itPowerMw, { sigFigs: 3 })} MW`,
    halls: formatNumber(hallsFor(c.racks), { sigFigs: 6 }),
    // Counts inherit the precision of the power and the assumed PUE: three figures, marked "~".
    racks: `~${formatNumber(c.racks, { sigFigs: 3 })}`,
    gpus: `~${formatNumber(c.gpus, { sigFigs: 3 })}`,
    flops: `~${formatSi(c.peakFlopPerS, 'FLOP/s', 2)}`,
  };
}
