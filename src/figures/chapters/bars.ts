/**
 * Rows for the article's bar tables (categorical comparisons with long labels): each row keeps its
 * figure so the value prints with honest rounding and "~" for estimates, and its date in the label.
 */
import { type Figure, sites } from '../../lib/data';
import { formatIsoDate } from '../../lib/format';

export interface BarRowData {
  label: string;
  value: number;
  figure: Figure;
  note?: string;
}

const mid = (f: Figure) => (typeof f.value === 'number' ? f.value : (f.value.min + f.value.max) / 2);
const uniq = (xs: readonly string[]) => [...new Set(xs)];

function site(id: string) {
  const s = sites.find((x) => x.id === id);
  if (!s) throw new Error(`sites.json: no site "${id}"`);
  return s;
}

/** Chapter 2: every IT power estimate of the two Fairwater sites, with its date, and the projection. */
export function fairwaterPowerRows(): { rows: BarRowData[]; sources: string[] } {
  const rows: BarRowData[] = [];
  for (const id of ['fairwater-atlanta', 'fairwater-wisconsin']) {
    const s = site(id);
    for (const f of s.figures.itPowerMw ?? [])
      rows.push({ label: `${s.shortName}, as of ${formatIsoDate(f.asOf)}`, value: mid(f), figure: f });
    for (const f of s.figures.projectedItPowerMw ?? [])
      rows.push({
        label: `${s.shortName}, expanded campus`,
        value: mid(f),
        figure: f,
        note: `projected (estimate of ${formatIsoDate(f.asOf)})`,
      });
  }
  return { rows, sources: uniq(rows.map((r) => r.figure.source)) };
}

/** Chapter 8: the latest IT power estimate of every site in the data, largest first. */
export function sitesComparedRows(): { rows: BarRowData[]; sources: string[] } {
  const rows = sites
    .flatMap((s) => {
      const series = s.figures.itPowerMw;
      const f = series?.[series.length - 1];
      return f ? [{ label: `${s.name}`, value: mid(f), figure: f, note: `as of ${formatIsoDate(f.asOf)}` }] : [];
    })
    .sort((a, b) => b.value - a.value);
  return { rows, sources: uniq(rows.map((r) => r.figure.source)) };
}
