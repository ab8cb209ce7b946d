/**
 * A site's published construction span: from "construction started" to "fully operational", both dated
 * in sites.json. Only where both are published; nothing is estimated for a site without them.
 */
import { noteRead } from '../../../lib/data/read-tracker';
import type { PayloadSite } from '../../../lib/payload';

export interface BuildSpan {
  started: string;
  finished: string;
  /** Whole years between the two dates, at the coarser date's precision (a year, often). */
  years: number;
}

export function publishedBuildSpan(site: PayloadSite | undefined): BuildSpan | null {
  const started = site?.buildMilestones?.find((m) => m.event === 'construction-started');
  const finished = site?.buildMilestones?.find((m) => m.event === 'fully-operational');
  if (!started || !finished) return null;
  noteRead(started, finished);
  const year = (date: string) => Number(date.slice(0, 4));
  return { started: started.date, finished: finished.date, years: year(finished.date) - year(started.date) };
}
