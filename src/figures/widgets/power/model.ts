/**
 * The power widget as a pure function of its state: what one site's power buys of a system, how many
 * such sites the preset's cluster needs, and one site against N side by side (grid connection per
 * site, step, days to train, utilisation the WAN costs), with the site's published construction span.
 */
import { formatNumber, formatPercent, formatSi } from '../../../lib/format';
import { esc } from '../../../lib/format/html';
import { approx, type BadgeStatus as InputStatus } from '../../../lib/format/status-badge';
import { chartFigureHtml } from '../../shared/chart-figure';
import { printTableHtml } from '../../shared/print-model';
import { readoutHtml } from '../../shared/readout';
import type { RunValue } from '../../shared/run-record';
import { summaryText } from '../../shared/text-summary';
import { assumptionsHtml, inputStatus } from '../../shared/wan-inputs';
import type { RenderedWidget } from '../widget';
import { daysChartSpec, gridChartSpec } from './charts';
import { count, formatMw, sitesLabel } from './labels';
import { type PowerRun, powerRun } from './run';
import { type PowerState, powerUrl, tokensOf } from './state';
import { sideBySideTable } from './tables';

function inputs(state: PowerState, run: PowerRun): RunValue[] {
  const own = (mine: boolean): InputStatus => (mine ? 'reader' : inputStatus(run.provenance));
  const siteStatus: InputStatus = run.readerSet.mw ? 'reader' : (run.siteFigure?.status ?? 'assumed');
  return [
    { key: 'preset', label: 'Preset', value: run.preset.id, unit: '', shown: run.preset.label, status: own(false) },
    { key: 'site', label: 'Site', value: state.site, unit: '', shown: run.site?.name ?? '–', status: siteStatus },
    {
      key: 'mw',
      label: 'IT power per site',
      value: state.mw,
      unit: 'MW',
      shown: formatMw(state.mw),
      status: siteStatus,
    },
    {
      key: 'pue',
      label: 'PUE',
      value: state.pue,
      unit: '',
      shown: formatNumber(state.pue, { sigFigs: 3 }),
      status: run.readerSet.pue ? 'reader' : 'assumed',
    },
    { key: 'gpu', label: 'System', value: state.gpu, unit: '', shown: run.gpuName, status: own(false) },
    { key: 'n', label: 'Sites in the split', value: Number(state.n), unit: '', shown: state.n, status: own(false) },
    {
      key: 'tt',
      label: 'Tokens to train',
      value: tokensOf(state),
      unit: 'tokens',
      shown: `${formatNumber(state.tt, { sigFigs: 4 })} trillion`,
      status: run.readerSet.tokens ? 'reader' : (run.tokensFigure?.status ?? 'assumed'),
    },
  ];
}

function buildHtml(run: PowerRun): string {
  const name = run.site?.shortName ?? 'this site';
  if (!run.build) return readoutHtml('build', `Build time, ${name}`, 'not published; none estimated', 'known', false);
  const { started, finished, years } = run.build;
  return readoutHtml(
    'build',
    `Build time, ${name} (ground broken to fully operational)`,
    `about ${formatNumber(years)} years (${started} to ${finished})`,
    inputStatus(run.buildProvenance),
  );
}

export function renderPowerWidget(state: PowerState, given: PowerRun = powerRun(state)): RenderedWidget {
  const { preset, result: r, siteResult: s } = given;
  const siteStatus = inputStatus(given.siteProvenance);
  const status = inputStatus(given.provenance);
  const sa = approx(siteStatus);
  const a = approx(status);
  const siteName = given.site?.shortName ?? 'The site';
  const system = given.gpuName;
  const flops = `${sa}${formatSi(s.peakFlopPerS, 'FLOP/s', 3)}`;
  const gridStatus = inputStatus(given.gridProvenance);
  const grid = `${approx(gridStatus)}${formatMw(given.gridMw)}`;
  const needed =
    r.sitesNeeded === null
      ? `none: one site of ${formatMw(state.mw)} holds not one rack`
      : `${a}${count(r.sitesNeeded)} (${count(r.clusterGpus)} GPUs in all)`;
  const lost = `${a}${formatNumber(r.mfuLostToWan * 100, { sigFigs: 2 })} percentage points`;
  const readouts =
    '<dl class="widget-readouts">' +
    readoutHtml('grid', 'Grid connection of the site (IT × PUE)', grid, gridStatus) +
    readoutHtml('racks', `Racks of ${system}`, `${sa}${count(s.racks)}`, siteStatus) +
    readoutHtml('gpus', 'GPUs', `${sa}${count(s.gpus)}`, siteStatus) +
    readoutHtml('flops', 'Peak dense BF16', flops, siteStatus) +
    readoutHtml('needed', `Sites of this size for the preset’s cluster`, needed, status) +
    readoutHtml('lost', `Utilisation lost to the WAN, ${sitesLabel(r.split.sites).toLowerCase()}`, lost, status) +
    buildHtml(given) +
    '</dl>';
  const days = daysChartSpec(r);
  const charts =
    `<div class="power-charts">${chartFigureHtml(
      gridChartSpec(r, siteName),
      `${preset.label}: ${count(r.clusterGpus)} GPUs of ${system} at a PUE of ${formatNumber(state.pue, { sigFigs: 3 })}. The line is the grid connection of ${siteName} at ${formatMw(state.mw)} of IT power; a bar above it does not fit in one such site.`,
    )}` +
    (days
      ? chartFigureHtml(
          days,
          `${formatNumber(state.tt, { sigFigs: 4 })} trillion tokens at the steady-state step, before failures and restarts (chapter 7).`,
        )
      : `<p class="widget-answer" role="note" data-out="no-days">${esc(`The preset’s layout cannot run on ${system}: ${r.split.step.problem ?? r.mega.step.problem ?? 'no schedule'}. No time to train is shown.`)}</p>`) +
    '</div>';
  const daysText = (d: number | null) => (d === null ? 'cannot run' : `${a}${formatNumber(d, { sigFigs: 3 })} days`);
  const summary = summaryText([
    `${formatMw(state.mw)} of IT power at ${given.site?.name ?? 'the site'} holds ${sa}${count(s.gpus)} ${system} GPUs in ${sa}${count(s.racks)} racks, ${flops}`,
    `The preset’s cluster needs ${r.sitesNeeded === null ? 'more than any number of such sites' : `${count(r.sitesNeeded)} such site${r.sitesNeeded === 1 ? '' : 's'}`}; one site trains it in ${daysText(r.mega.days)}, ${sitesLabel(r.split.sites).toLowerCase()} in ${daysText(r.split.days)}, losing ${lost} of utilisation to the WAN`,
  ]);
  const side = (key: string, label: string, v: number, unit: string, shown: string, p = given.provenance) => ({
    key,
    label,
    value: v,
    unit,
    shown,
    status: inputStatus(p),
    sources: p.sources,
  });
  const sp = given.siteProvenance;
  const outputs: RunValue[] = [
    side('siteFacilityPowerMw', 'Grid connection of the site', given.gridMw, 'MW', grid, given.gridProvenance),
    side('siteRacks', 'Racks in the site', s.racks, '', count(s.racks), sp),
    side('siteGpus', 'GPUs in the site', s.gpus, '', count(s.gpus), sp),
    side('sitePeakFlopPerS', 'Peak dense BF16 of the site', s.peakFlopPerS, 'FLOP/s', flops, sp),
    {
      ...side('sitesNeeded', 'Sites of this size for the cluster', r.sitesNeeded ?? Number.NaN, '', needed),
      value: r.sitesNeeded,
    },
    side('clusterGpus', 'GPUs in the preset’s cluster', r.clusterGpus, '', count(r.clusterGpus)),
    ...[r.mega, r.split].flatMap((x, i) => {
      const k = i === 0 ? 'oneSite' : 'split';
      const where = i === 0 ? 'one site' : sitesLabel(x.sites).toLowerCase();
      return [
        side(
          `${k}GridPerSiteMw`,
          `Grid connection per site, ${where}`,
          x.perSite.facilityPowerMw,
          'MW',
          formatMw(x.perSite.facilityPowerMw),
        ),
        side(`${k}Mfu`, `Model FLOPs utilisation, ${where}`, x.step.mfu, '', formatPercent(x.step.mfu, 3)),
        side(
          `${k}StepTime`,
          `Step time, ${where}`,
          x.step.stepTimeS,
          's',
          formatNumber(x.step.stepTimeS, { sigFigs: 3 }),
        ),
        {
          ...side(`${k}Days`, `Days to train, ${where}`, x.days ?? Number.NaN, 'days', daysText(x.days)),
          value: x.days,
        },
      ];
    }),
    side('mfuLostToWan', 'Utilisation lost to the WAN', r.mfuLostToWan, '', lost),
  ];
  const query = powerUrl.serialize(state);
  const runRecord = { widget: 'power', title: 'Power and sites', query, inputs: inputs(state, given), outputs };
  const html = `${readouts}${assumptionsHtml(preset)}${charts}${sideBySideTable(r, a)}<div class="widget-print">${printTableHtml(runRecord)}</div>`;
  return { html, summary, run: runRecord };
}
