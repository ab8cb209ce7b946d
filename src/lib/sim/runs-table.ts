/** The predicted-vs-published table that `npm run bench` writes into README.md (and a test checks). */
import { checkRuns } from './runs-check';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const millions = (x: number) => `${(x / 1e6).toFixed(2)}M`;

export function runsTableMarkdown(): string {
  const lines = [
    '| run | split | GPU-hours published | predicted | error | MFU published | predicted | points off | layout chosen (tp×pp×dp) |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const c of checkRuns()) {
    const l = c.estimate.layout;
    lines.push(
      [
        c.model,
        c.split,
        c.publishedGpuHours !== undefined ? millions(c.publishedGpuHours) : '—',
        millions(c.estimate.gpuHours),
        c.gpuHoursError !== undefined ? `${c.gpuHoursError >= 0 ? '+' : ''}${pct(c.gpuHoursError)}` : '—',
        c.publishedMfu !== undefined ? pct(c.publishedMfu) : '—',
        pct(c.predictedMfu),
        c.mfuPointsOff !== undefined ? `${c.mfuPointsOff >= 0 ? '+' : ''}${c.mfuPointsOff.toFixed(1)}` : '—',
        `${l.tp}×${l.pp}×${l.dp}${c.publishedLayout ? ` (published ${c.publishedLayout.tp}×${c.publishedLayout.pp}×${c.publishedLayout.dp})` : ''}`,
      ]
        .join(' | ')
        .replace(/^/, '| ')
        .concat(' |'),
    );
  }
  return lines.join('\n');
}

export const RUNS_TABLE_START = '<!-- runs-table:start -->';
export const RUNS_TABLE_END = '<!-- runs-table:end -->';

/** README text with the table replaced between the markers. */
export function withRunsTable(readme: string): string {
  const start = readme.indexOf(RUNS_TABLE_START);
  const end = readme.indexOf(RUNS_TABLE_END);
  if (start < 0 || end < start) throw new Error('README.md lacks the runs-table markers');
  return `${readme.slice(0, start + RUNS_TABLE_START.length)}\n${runsTableMarkdown()}\n${readme.slice(end)}`;
}
