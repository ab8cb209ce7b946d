/**
 * The predicted-vs-published table that `npm run bench` writes into docs/ENGINE.md (and a test checks).
 * Every prediction is leave-one-out: the run's own figure is not in the calibration it is predicted with.
 */
import { figureMidpoint } from '../data';
import { type LeaveOneOut, leaveOneOut, predictedUtilisation } from './calibration';
import { bandsFromLogErrors } from './training-run';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const millions = (x: number) => `${(x / 1e6).toFixed(2)}M`;
const signed = (x: number) => `${x >= 0 ? '+' : ''}${pct(x)}`;

/** The band a run gets from the other runs' leave-one-out errors (its own error excluded). */
export function bandWithoutRun(rows: LeaveOneOut[], id: string) {
  const row = rows.find((r) => r.run.id === id);
  if (!row) throw new Error(`no run ${id}`);
  const others = rows.filter((r) => r.run.id !== id).map((r) => r.logError);
  return bandsFromLogErrors(row.estimate, others);
}

export const RUNS_TABLE_HEADERS = [
  'run',
  'split',
  'published',
  'LOO predicted',
  'LOO error',
  'band (other runs)',
  'efficiency refit',
  'layout: engine (published → MFU)',
] as const;

/** One row per published run, as text cells in the order of RUNS_TABLE_HEADERS; `runId` names the run. */
export function runsTableRows(rows: LeaveOneOut[] = leaveOneOut()): { runId: string; cells: string[] }[] {
  return rows.map((r) => {
    const band = bandWithoutRun(rows, r.run.id);
    const gpuHours = r.run.gpuHours ? figureMidpoint(r.run.gpuHours) : undefined;
    const mfu = r.run.mfu ? figureMidpoint(r.run.mfu) : Number.NaN;
    const published = gpuHours !== undefined ? `${millions(gpuHours)} GPU-h` : `${pct(mfu)} MFU`;
    const predicted =
      gpuHours !== undefined
        ? `${millions(r.estimate.gpuHours)} GPU-h`
        : `${pct(predictedUtilisation(r.run, r.estimate))} MFU`;
    // The MFU band scales with the prediction in the run's own convention (MFU or HFU).
    const scale = predictedUtilisation(r.run, r.estimate) / r.estimate.mfu;
    const range =
      gpuHours !== undefined
        ? `${millions(band.gpuHoursInterval.low)}–${millions(band.gpuHoursInterval.high)}`
        : `${pct(band.mfuInterval.low * scale)}–${pct(band.mfuInterval.high * scale)}`;
    const error = gpuHours !== undefined ? Math.exp(r.logError) - 1 : Math.exp(-r.logError) - 1;
    const l = r.estimate.layout;
    const p = r.run.layout;
    const onPublished = r.onPublishedLayout
      ? ` (${p?.tp}×${p?.pp}×${p?.dp}${p?.interleave ? ` v${p.interleave}` : ''} → ${pct(predictedUtilisation(r.run, r.onPublishedLayout))})`
      : '';
    return {
      runId: r.run.id,
      cells: [
        r.run.model,
        r.run.split,
        published,
        predicted,
        signed(error),
        range,
        `${r.efficiency.toFixed(2)}${r.sameGeneration ? '' : ' (pooled)'}`,
        `${l.tp}×${l.pp}×${l.dp}${l.interleave > 1 ? ` v${l.interleave}` : ''}${onPublished}`,
      ],
    };
  });
}

export function runsTableMarkdown(rows: LeaveOneOut[] = leaveOneOut()): string {
  const lines = [`| ${RUNS_TABLE_HEADERS.join(' | ')} |`, `|${RUNS_TABLE_HEADERS.map(() => '---').join('|')}|`];
  for (const row of runsTableRows(rows)) lines.push(`| ${row.cells.join(' | ')} |`);
  return lines.join('\n');
}

export const RUNS_TABLE_START = '<!-- runs-table:start -->';
export const RUNS_TABLE_END = '<!-- runs-table:end -->';

/** Markdown text with the table replaced between the markers. */
export function withRunsTable(markdown: string, rows?: LeaveOneOut[]): string {
  const start = markdown.indexOf(RUNS_TABLE_START);
  const end = markdown.indexOf(RUNS_TABLE_END);
  if (start < 0 || end < start) throw new Error('the Markdown lacks the runs-table markers');
  return `${markdown.slice(0, start + RUNS_TABLE_START.length)}\n${runsTableMarkdown(rows)}\n${markdown.slice(end)}`;
}

/** The precomputed leave-one-out errors estimateTrainingRun builds its bands from (loo-errors.json). */
export function looErrorsJson(rows: LeaveOneOut[] = leaveOneOut()): string {
  const logErrors = rows.map((r) => Number(r.logError.toFixed(6)));
  return `${JSON.stringify({ runs: rows.map((r) => r.run.id), logErrors }, null, 2)}\n`;
}
