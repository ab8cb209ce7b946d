/**
 * A chapter's chart spec with the sources it rests on, collected the way derived figures collect
 * theirs: every record the build read, under the read tracker, never a list typed beside it. Works
 * a chart follows but whose numbers it does not read (a method's paper) are named as `cites`.
 */
import type { ChartSpec } from '../../../lib/chart';
import { type Status, weakestStatus } from '../../../lib/data';
import { track } from '../../../lib/data/read-tracker';

export interface ArticleFigureSpec {
  spec: ChartSpec;
  /** Source ids: what the chart read, then what it cites. */
  sources: string[];
  /** The weakest status of what it read. */
  status: Status;
}

export function trackedChart(build: () => ChartSpec, cites: readonly string[] = []): ArticleFigureSpec {
  const { value: spec, reads } = track(build);
  return {
    spec,
    sources: [...new Set([...reads.map((r) => r.source), ...cites])],
    status: weakestStatus(reads.map((r) => r.status)),
  };
}
