/** The side-by-side charts: grid connection per site, and days to train, one site against N. */
import type { BarChartSpec } from '../../../lib/chart';
import type { SiteSplitResult } from '../../../lib/sim/unchecked';
import { formatMw, sitesLabel } from './labels';

const categories = (r: SiteSplitResult) => [sitesLabel(1), `Each of ${sitesLabel(r.split.sites).toLowerCase()}`];

export function gridChartSpec(r: SiteSplitResult, siteName: string): BarChartSpec {
  return {
    kind: 'bar',
    id: 'power-grid',
    title: 'Grid connection per site',
    description:
      'Two bars: the facility power one site needs to hold the whole cluster, and what each site needs when the cluster is split; a line marks the grid connection of the site as set.',
    categoryLabel: 'Where the cluster stands',
    categories: categories(r),
    y: { label: 'Grid connection per site', unit: 'MW', zero: true },
    series: [
      { label: 'Facility power per site', values: [r.mega.perSite.facilityPowerMw, r.split.perSite.facilityPowerMw] },
    ],
    annotations: [{ kind: 'y', y: r.site.facilityPowerMw, label: `${siteName} ${formatMw(r.site.facilityPowerMw)}` }],
  };
}

/** Null when either side cannot run its step (memory or schedule): a time for it means nothing. */
export function daysChartSpec(r: SiteSplitResult): BarChartSpec | null {
  if (r.mega.days === null || r.split.days === null) return null;
  return {
    kind: 'bar',
    id: 'power-days',
    title: 'Days to train',
    description:
      'Two bars: the steady-state days to train the token budget with the whole cluster in one site, and split over the sites as set, where the WAN exchange stretches every step.',
    categoryLabel: 'Where the cluster stands',
    categories: [sitesLabel(1), sitesLabel(r.split.sites)],
    y: { label: 'Time to train', unit: 'days', zero: true },
    series: [{ label: 'Days to train, before failures', values: [r.mega.days, r.split.days] }],
  };
}
