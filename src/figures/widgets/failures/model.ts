/**
 * The failures widget as a pure function of its state: one seeded stream of faults over weeks of
 * training, three policies side by side (goodput, work lost, useful work over time), the checkpoint
 * interval against the Young/Daly optimum, and the published goodput figures beside the engine's.
 */
import { formatNumber, formatPercent } from '../../../lib/format';
import { esc } from '../../../lib/format/html';
import { approx } from '../../../lib/format/status-badge';
import { FAILURE_POLICIES } from '../../../lib/sim/unchecked';
import { chartFigureHtml } from '../../shared/chart-figure';
import { printTableHtml } from '../../shared/print-model';
import { readoutHtml } from '../../shared/readout';
import type { RunValue } from '../../shared/run-record';
import { summaryText } from '../../shared/text-summary';
import { otherCaseHtml } from '../../shared/wan-inputs';
import type { RenderedWidget } from '../widget';
import { intervalChartSpec, lostChartSpec, workChartSpec } from './charts';
import { formatSpan, POLICY_LABEL, POLICY_WHAT } from './labels';
import { referencesTable } from './references';
import { type FailuresRun, failuresRun } from './run';
import { type FailuresState, failuresUrl } from './state';

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const n = (x: number, sigFigs = 3) => formatNumber(x, { sigFigs });
function inputs(state: FailuresState, run: FailuresRun): RunValue[] {
  const mine = run.readerSet ? 'reader' : run.status;
  const o = run.config.outage;
  return [
    { key: 'preset', label: 'Preset', value: run.preset.id, unit: '', shown: run.preset.label, status: run.status },
    { key: 'gpu', label: 'System', value: state.gpu, unit: '', shown: run.gpu.name, status: mine },
    { key: 'gpus', label: 'GPUs', value: state.gpus, unit: 'GPUs', shown: n(state.gpus, 6), status: mine },
    {
      key: 'days',
      label: 'Wall clock',
      value: run.config.durationS,
      unit: 's',
      shown: `${n(state.days)} days`,
      status: mine,
    },
    {
      key: 'ckpt',
      label: 'Checkpoint interval',
      value: run.config.checkpointIntervalS,
      unit: 's',
      shown: `${n(state.ckpt)} min`,
      status: mine,
    },
    {
      key: 'lps',
      label: 'Decoupled learners per site',
      value: state.lps,
      unit: '',
      shown: n(state.lps),
      status: mine,
    },
    {
      key: 'outage',
      label: 'Site outage',
      value: o ? o.durationS : 0,
      unit: 's',
      shown: o ? `site ${o.site + 1} dark for ${formatSpan(o.durationS)} from day ${n(state.oday)}` : 'none',
      status: mine,
    },
    {
      key: 'seed',
      label: 'Seed of the faults',
      value: state.seed,
      unit: '',
      shown: String(state.seed),
      status: 'reader',
    },
  ];
}

export function renderFailuresWidget(state: FailuresState, given: FailuresRun = failuresRun(state)): RenderedWidget {
  const { result: r, config, status, sources } = given;
  const a = approx(status);
  const faults = r.faultTimesS.length;
  const d = r.domains;
  const best = FAILURE_POLICIES.reduce((b, p) => (r.runs[p].goodput > r.runs[b].goodput ? p : b), FAILURE_POLICIES[0]);
  const pct = (x: number) => `${a}${formatPercent(x, 3)}`;
  const readouts =
    '<dl class="widget-readouts">' +
    FAILURE_POLICIES.map((p) =>
      readoutHtml(`goodput-${p}`, `Goodput: ${POLICY_LABEL[p]}`, pct(r.runs[p].goodput), status),
    ).join('') +
    readoutHtml(
      'lost',
      'Work thrown away (whole-cluster time): stall · reduced DP · decoupled',
      FAILURE_POLICIES.map((p) => formatSpan(r.runs[p].lostWorkS)).join(' · '),
      status,
    ) +
    readoutHtml('faults', 'Faults in the run', `${n(faults, 6)} (one every ${a}${formatSpan(r.jobMtbfS)})`, status) +
    readoutHtml(
      'young-daly',
      'Young/Daly checkpoint interval',
      `${a}${formatSpan(r.youngDalyS)} (yours: ${formatSpan(config.checkpointIntervalS)})`,
      status,
    ) +
    readoutHtml(
      'blast',
      'GPUs one fault can take out',
      `host ${n(d.nodeGpus)} · rack ${n(d.rackGpus)} · replica ${n(d.replicaGpus, 6)} · learner ${n(d.learnerGpus, 6)} · site ${n(d.siteGpus, 6)}`,
      status,
    ) +
    '</dl>';
  const policies = `<ul class="failures-policies">${FAILURE_POLICIES.map((p) => `<li><strong>${esc(POLICY_LABEL[p])}</strong>: ${esc(POLICY_WHAT[p])}.</li>`).join('')}</ul>`;
  const work = chartFigureHtml(
    workChartSpec(r, config.outage ?? null),
    `${n(config.gpus, 6)} ${given.gpu.name} in ${n(config.sites)} site${config.sites === 1 ? '' : 's'} for ${formatSpan(config.durationS)}, seed ${state.seed}: the same ${n(faults, 6)} faults hit every policy. Useful work is in days of the whole cluster; a line at the diagonal would be a run with no failure and no checkpoint.`,
  );
  const zoomFaults = given.zoom.faultTimesS.length;
  const lost = chartFigureHtml(
    lostChartSpec(given.zoom, config.checkpointIntervalS),
    `The first ${formatSpan(given.zoom.runs.stall.curve.at(-1)?.timeS ?? 0)} of the same run: ${n(zoomFaults)} fault${zoomFaults === 1 ? '' : 's'}, each a step. Stall and restart loses every GPU’s time since the last checkpoint plus the restart; reduced DP only a replica’s share and a short regroup; a decoupled learner only its own.`,
  );
  const interval = chartFigureHtml(
    intervalChartSpec(r, config.checkpointIntervalS),
    `Checkpoint writes of ${formatSpan(r.checkpointWriteS)} and restarts of ${formatSpan(r.restartS)} (assumed); a fault every ${formatSpan(r.jobMtbfS)}. Too short an interval spends the run writing, too long a one loses more at each fault.`,
  );
  const summary = summaryText([
    `${n(faults, 6)} faults in ${formatSpan(config.durationS)} on ${n(config.gpus, 6)} GPUs: goodput ${FAILURE_POLICIES.map((p) => `${pct(r.runs[p].goodput)} for ${lowerFirst(POLICY_LABEL[p])}`).join(', ')}`,
    `${POLICY_LABEL[best]} keeps the most; the Young/Daly interval is ${formatSpan(r.youngDalyS)}, yours ${formatSpan(config.checkpointIntervalS)}`,
  ]);
  const outputs: RunValue[] = [
    ...FAILURE_POLICIES.flatMap((p) => [
      {
        key: `${p}Goodput`,
        label: `Goodput: ${POLICY_LABEL[p]}`,
        value: r.runs[p].goodput,
        unit: '',
        shown: pct(r.runs[p].goodput),
        status,
        sources,
      },
      {
        key: `${p}LostWork`,
        label: `Work lost: ${POLICY_LABEL[p]}`,
        value: r.runs[p].lostWorkS,
        unit: 's',
        shown: formatSpan(r.runs[p].lostWorkS),
        status,
        sources,
      },
    ]),
    { key: 'faults', label: 'Faults in the run', value: faults, unit: '', shown: n(faults, 6), status, sources },
    {
      key: 'jobMtbf',
      label: 'Mean time between faults',
      value: r.jobMtbfS,
      unit: 's',
      shown: formatSpan(r.jobMtbfS),
      status,
      sources,
    },
    {
      key: 'youngDaly',
      label: 'Young/Daly checkpoint interval',
      value: r.youngDalyS,
      unit: 's',
      shown: formatSpan(r.youngDalyS),
      status,
      sources,
    },
  ];
  const query = failuresUrl.serialize(state);
  const run = { widget: 'failures', title: 'Surviving failures', query, inputs: inputs(state, given), outputs };
  const html = `${readouts}${otherCaseHtml(given.preset)}${policies}${work}${lost}${interval}${referencesTable(given)}<div class="widget-print">${printTableHtml(run)}</div>`;
  return { html, summary, run };
}
