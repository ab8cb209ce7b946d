/**
 * The published goodput figures beside the engine's: Llama 3's interruptions and effective training
 * time, reproduced by running its setting through the same simulation; Decoupled DiLoCo's 88% vs 27%,
 * shown as a reference point only (its failure and recovery rates are not ours).
 */
import { figureMidpoint } from '../../../lib/data/provenance';
import { formatNumber, formatPercent } from '../../../lib/format';
import { esc } from '../../../lib/format/html';
import { approx, statusBadgeHtml } from '../../../lib/format/status-badge';
import { failureReferences } from '../../../lib/payload';
import { scrollTable } from '../../shared/scroll-table';
import type { FailuresRun } from './run';

const pct = (x: number) => formatPercent(x, 3);

function row(
  what: string,
  published: string,
  publishedStatus: Parameters<typeof statusBadgeHtml>[0],
  engine: string,
  how: string,
) {
  return [esc(what), `${esc(published)} ${statusBadgeHtml(publishedStatus)}`, esc(engine), esc(how)];
}

export function referencesTable(run: FailuresRun): string {
  const ref = failureReferences.llama3;
  const dd = failureReferences.decoupledDiloco;
  const a = approx(run.check.status);
  const published = figureMidpoint(ref.effectiveTrainingTime);
  const gapPoints = (published - run.check.goodput) * 100;
  const closeness =
    gapPoints > 0
      ? `${formatNumber(gapPoints, { sigFigs: 2 })} points under the published lower bound: the checkpoint write and restart times are assumptions`
      : 'at or above the published lower bound';
  const rows = [
    row(
      `Llama 3: interruptions in ${formatNumber(figureMidpoint(ref.days))} days on ${formatNumber(figureMidpoint(ref.gpus))} H100`,
      formatNumber(figureMidpoint(ref.interruptions)),
      ref.interruptions.status,
      `${formatNumber(run.check.interruptions)} with this seed`,
      'The failure rates come from this count, so this checks the simulation’s draw, not the rates.',
    ),
    row(
      'Llama 3: effective training time',
      `more than ${pct(published)}`,
      ref.effectiveTrainingTime.status,
      `${a}${pct(run.check.goodput)} (stall and restart at Young/Daly)`,
      `Same simulation at that setting: ${closeness}.`,
    ),
    row(
      'Decoupled DiLoCo under simulated failures: decoupled vs data-parallel goodput',
      `${pct(figureMidpoint(dd.decoupledGoodput))} vs ${pct(figureMidpoint(dd.dataParallelGoodput))}`,
      dd.decoupledGoodput.status,
      `${approx(run.status)}${pct(run.result.runs.decoupled.goodput)} vs ${approx(run.status)}${pct(run.result.runs.stall.goodput)} in this run`,
      'A reference point, not a reproduction: their failure and recovery rates are not these.',
    ),
  ];
  return scrollTable({
    kind: 'failures-table',
    out: 'references',
    caption: 'Published goodput beside this simulation',
    head: ['Published figure', 'Published', 'This engine', 'How close, and why'],
    rows,
  });
}
