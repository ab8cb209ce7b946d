/** Words and units of the power widget, shared by its readouts, tables, charts and summary. */
import { convert, formatNumber, formatSi } from '../../../lib/format';

/** Power as a reader would say it: MW, or GW past a thousand (the engine's power.ts speaks MW). */
export const formatMw = (mw: number, sigFigs = 3) => formatSi(convert(mw, 'MW', 'W'), 'W', sigFigs);

export const sitesLabel = (n: number) => (n === 1 ? 'One site' : `${formatNumber(n)} sites`);

export const count = (x: number) => formatNumber(x, { sigFigs: 6 });
