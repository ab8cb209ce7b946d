/**
 * The build widget as a pure function of its state: the reader's sites and links, the ring's bound,
 * and the whole run split over the sites beside the same GPUs (the same power) in one site.
 */
import {
  formatBitsPerS,
  formatDistanceKm,
  formatDurationMs,
  formatNumber,
  formatPercent,
  formatSi,
} from '../../../lib/format';
import { esc } from '../../../lib/format/html';
import { approx, type BadgeStatus } from '../../../lib/format/status-badge';
import type { BuildPlan, SuperfactoryBuild } from '../../../lib/sim/unchecked';
import { printTableHtml } from '../../shared/print-model';
import { readoutHtml } from '../../shared/readout';
import type { RunValue } from '../../shared/run-record';
import { scrollTable } from '../../shared/scroll-table';
import { summaryText } from '../../shared/text-summary';
import { assumptionsHtml } from '../../shared/wan-inputs';
import type { RenderedWidget } from '../widget';
import { buildWidget } from './definition';
import { CROSSING_LABEL, CROSSING_SHORT, sitesWord } from './labels';
import { type BuildRun, buildRun } from './run';
import type { BuildSite } from './sites';
import { type BuildState, buildUrl, linkKey } from './state';

const ms = (s: number) => formatDurationMs(s * 1000, 3);

/** One plan's figures as the readouts and the download show them; '–' where the plan cannot be timed. */
function planFigures(p: BuildPlan, a: string) {
  const t = p.times;
  return [
    ['gpus', 'GPUs', formatNumber(p.gpus), p.gpus, ''],
    [
      'gridPerSiteMw',
      'Grid connection per site',
      p.gridPerSiteMw === null ? 'not published for this GPU' : `${a}${formatSi(p.gridPerSiteMw * 1e6, 'W')}`,
      p.gridPerSiteMw,
      'MW',
    ],
    ['trainingS', 'Time to train', t ? `${a}${ms(t.trainingS)}` : '–', t?.trainingS ?? null, 's'],
    [
      'energyMWh',
      'Energy (facility)',
      t?.energyMWh == null ? '–' : `${a}${formatSi(t.energyMWh * 1e6, 'Wh')}`,
      t?.energyMWh ?? null,
      'MWh',
    ],
    ['mfu', 'Utilisation (MFU)', t ? `${a}${formatPercent(t.mfu, 3)}` : '–', t?.mfu ?? null, ''],
    ['stepS', 'Time per global batch', t ? `${a}${ms(t.stepS)}` : '–', t?.stepS ?? null, 's'],
    [
      'syncEveryS',
      'A sync over the WAN every',
      t?.syncEveryS == null ? 'never (no WAN)' : `${a}${ms(t.syncEveryS)}`,
      t?.syncEveryS ?? null,
      's',
    ],
    [
      'wanAverageBytesPerS',
      'WAN traffic per link, each way',
      t ? (p.sites > 1 ? `${a}${formatBitsPerS(t.wanAverageBytesPerS)}` : 'none') : '–',
      t?.wanAverageBytesPerS ?? null,
      'B/s',
    ],
    [
      'wanLinkShare',
      'Slowest link busy',
      t && p.sites > 1 ? `${a}${formatPercent(t.wanLinkShare, 3)}` : '–',
      t && p.sites > 1 ? t.wanLinkShare : null,
      '',
    ],
  ] as const;
}

function planColumn(id: string, heading: string, p: BuildPlan, status: BadgeStatus): string {
  const a = approx(status);
  const rows = planFigures(p, a)
    .map(([key, label, shown]) => readoutHtml(`${id}-${key}`, label, shown, status))
    .join('');
  const problem = p.problem
    ? `<p class="widget-answer" role="note" data-out="${id}-problem">${esc(`As set this cannot run: ${p.problem}.`)}</p>`
    : '';
  return `<section class="build-plan" aria-labelledby="build-${id}-h"><p class="build-plan__title" id="build-${id}-h">${esc(heading)}</p><dl class="widget-readouts">${rows}</dl>${problem}</section>`;
}

function linksTable(sites: readonly BuildSite[], r: SuperfactoryBuild, a: string): string {
  const rows = r.links.map((l, i) => {
    const from = sites[l.from]?.name ?? '';
    const to = sites[l.to]?.name ?? '';
    const marks = [i === r.ring.slowestLink ? 'slowest' : '', i === r.ring.longestLink ? 'longest' : ''].filter(
      Boolean,
    );
    const bound = marks.length ? ` (${marks.join(', ')}: bounds the ring)` : '';
    return [
      `${i + 1}. ${from} – ${to}${bound}`,
      `${a}${formatDistanceKm(l.greatCircleKm, 'metric', 3)}`,
      `${a}${formatDistanceKm(l.routeKm, 'metric', 3)}`,
      `${a}${ms(l.oneWayS)}`,
      formatBitsPerS(l.bandwidthBytesPerS),
    ].map(esc);
  });
  return scrollTable({
    kind: 'build-table',
    out: 'links-table',
    caption: 'The links of the ring',
    head: ['Link', 'Great circle', 'Fibre', 'One way', 'Bandwidth'],
    rows,
  });
}

function ringNote(state: BuildState, r: SuperfactoryBuild, n: number): string {
  const slowest = r.links[r.ring.slowestLink];
  const text =
    n === 2
      ? 'Two sites exchange over their one link.'
      : `The ${n} sites exchange in a ring: every step of the exchange waits for the slowest link (${formatBitsPerS(slowest?.bandwidthBytesPerS ?? 0)}) and the longest delay (${ms(r.ring.oneWayS)} one way), so the ring runs at them; faster links elsewhere do not help.`;
  const shared = `The preset's GPUs are shared evenly among the sites (a share need not be a whole replica); no failures are modelled (chapter 7), and DiLoCo's effect on model quality is not (the papers measure it).${state.x === 'diloco' ? ` DiLoCo syncs every ${formatNumber(state.h)} inner steps.` : ''}`;
  return `<div class="widget-assumptions" role="note" aria-label="Assumptions of this build"><p>${esc(text)}</p><p>${esc(shared)}</p></div>`;
}

function inputs(state: BuildState, run: BuildRun): RunValue[] {
  const mine: BadgeStatus = run.readerSet ? 'reader' : run.preset.layout.status;
  const n = (x: number) => formatNumber(x, { sigFigs: 6 });
  const siteRows = run.sites.map((s) => ({
    key: `s${s.slot}`,
    label: `Site ${s.slot}`,
    value: `${s.lat},${s.lon}`,
    unit: 'deg',
    shown: s.name,
    status: s.readerSet ? ('reader' as const) : mine,
  }));
  const linkRows = run.result.links.map((_, i) => ({
    key: linkKey(i + 1),
    label: `Link ${i + 1} bandwidth`,
    value: state[linkKey(i + 1)],
    unit: 'Tbit/s',
    shown: `${n(state[linkKey(i + 1)])} Tbit/s`,
    status: mine,
  }));
  return [
    { key: 'preset', label: 'Preset', value: run.preset.id, unit: '', shown: run.preset.label, status: mine },
    { key: 'n', label: 'Sites', value: run.sites.length, unit: '', shown: n(run.sites.length), status: mine },
    ...siteRows,
    ...linkRows,
    { key: 'rf', label: 'Route factor', value: state.rf, unit: '×', shown: n(state.rf), status: mine },
    { key: 'x', label: 'What crosses the WAN', value: state.x, unit: '', shown: CROSSING_LABEL[state.x], status: mine },
    { key: 'h', label: 'DiLoCo inner steps per sync', value: state.h, unit: '', shown: n(state.h), status: mine },
    {
      key: 'tok',
      label: 'Token budget',
      value: state.tok,
      unit: 'T tokens',
      shown: `${n(state.tok)} trillion tokens`,
      status: mine,
    },
  ];
}

function outputs(r: SuperfactoryBuild, status: BadgeStatus, sources: readonly string[]): RunValue[] {
  const a = approx(status);
  const of = (id: string, label: string, p: BuildPlan) =>
    planFigures(p, a).map(([key, what, shown, value, unit]) => ({
      key: `${id}.${key}`,
      label: `${label}: ${what}`,
      value,
      unit,
      shown,
      status,
      sources,
    }));
  return [...of('build', 'Your build', r.build), ...of('oneSite', 'One site, same power', r.oneSite)];
}

export function renderBuildWidget(state: BuildState, given: BuildRun = buildRun(state)): RenderedWidget {
  const { preset, result: r, sites, status, sources } = given;
  const a = approx(status);
  const n = sites.length;
  const how = CROSSING_SHORT[state.x];
  const columns = `<div class="build-plans">${planColumn('build', `Your build: ${sitesWord(n)}, ${how}`, r.build, status)}${planColumn('one', 'One site, the same power', r.oneSite, status)}</div>`;
  const b = r.build.times;
  const o = r.oneSite.times;
  const ratio = b && o ? b.trainingS / o.trainingS : null;
  const summary = summaryText([
    b
      ? `${preset.label} on ${formatNumber(r.build.gpus)} GPUs over ${sitesWord(n)} (${how}): ${a}${ms(b.trainingS)} to train, ${a}${formatPercent(b.mfu, 3)} MFU, ${b.energyMWh === null ? '' : `${a}${formatSi(b.energyMWh * 1e6, 'Wh')}, `}syncing every ${b.syncEveryS === null ? '–' : `${a}${ms(b.syncEveryS)}`}`
      : `${preset.label} over ${sitesWord(n)} (${how}) cannot run as set: ${r.build.problem ?? ''}`,
    o && ratio !== null
      ? `The same power in one site trains in ${a}${ms(o.trainingS)}, so the split takes ${a}${formatNumber(ratio, { sigFigs: 3 })} times as long`
      : '',
  ]);
  const run = {
    widget: 'build',
    title: buildWidget.title,
    query: buildUrl.serialize(state),
    inputs: inputs(state, given),
    outputs: outputs(r, status, sources),
  };
  const html = `${columns}${ringNote(state, r, n)}${linksTable(sites, r, a)}${assumptionsHtml(preset)}<div class="widget-print">${printTableHtml(run)}</div>`;
  return { html, summary, run };
}
