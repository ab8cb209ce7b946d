/**
 * The published results beside the talking-less widget: a table of each paper's figure against the
 * engine on the paper's own configuration, and two charts. None depends on the controls, so they are
 * drawn once at build time, outside the worker (its bytes stay within budget).
 */
import type { XYChartSpec } from '../../../lib/chart';
import { figureMidpoint, figureRange } from '../../../lib/data/provenance';
import { convert, formatBitsPerS, formatNumber, formatPercent } from '../../../lib/format';
import { esc } from '../../../lib/format/html';
import { lowComm } from '../../../lib/payload/low-comm';
import { communicationReductionUnchecked, lowCommScheduleUnchecked } from '../../../lib/sim/unchecked';
import { chartFigureHtml } from '../../shared/chart-figure';
import { intellectBandwidthFor, intellectSchedule, type PublishedCheck, publishedChecks } from './published';
import { table } from './tables';

const f = lowComm.figures;

// No engine marker at the papers' own H (100, 500), where it would hide their points; the lines are straight.
const H_VALUES = [1, 3, 10, 30, 300, 1000];

/** Engine lines of reduction against H, with the papers' figures as labelled points on them. */
export function reductionChartSpec(checks: readonly PublishedCheck[]): XYChartSpec {
  const bits = figureMidpoint(f.streamingBitsPerValue);
  const baseline = figureMidpoint(f.streamingBaselineBitsPerValue);
  const line = (label: string, sites: number, b?: { bitsPerValue: number; baselineBitsPerValue: number }) => ({
    label,
    points: H_VALUES.map((h) => ({ x: h, y: communicationReductionUnchecked({ sites, innerStepsPerSync: h, ...b }) })),
  });
  const diloco = checks.find((c) => c.id === 'diloco');
  const streaming = checks.find((c) => c.id === 'streaming');
  // The papers' figures are one-point series, named in the legend: labels on the plot collide on a phone.
  const paper = (label: string, h: number, c: PublishedCheck | undefined) =>
    c ? [{ label: `${label}: ${formatNumber(c.published)}×`, points: [{ x: h, y: c.published }] }] : [];
  return {
    kind: 'line',
    id: 'talkless-reduction',
    title: 'Less communication than data parallel, engine and papers',
    description:
      'Times fewer bytes than synchronous data parallel against inner steps per sync, as the engine computes it in the same precision and in 4-bit against 16-bit values, with the DiLoCo and streaming DiLoCo papers’ figures as single points.',
    x: { label: 'Inner steps per sync (H)', unit: 'steps', scale: 'log', domain: [1, 1000] },
    y: { label: 'Times fewer bytes than data parallel', unit: '×', scale: 'log' },
    series: [
      line('Engine, same precision', figureMidpoint(f.dilocoWorkers)),
      line(
        `Engine, ${formatNumber(bits)}-bit against ${formatNumber(baseline)}-bit`,
        figureMidpoint(f.streamingReplicas),
        {
          bitsPerValue: bits,
          baselineBitsPerValue: baseline,
        },
      ),
      ...paper('DiLoCo paper', figureMidpoint(f.dilocoInnerSteps), diloco),
      ...paper('Streaming DiLoCo paper', figureMidpoint(f.streamingInnerSteps), streaming),
    ],
  };
}

const INTELLECT_GBIT = [0.1, 0.2, 0.3, 0.5, 0.7, 1, 1.5, 2, 3, 4, 5, 7, 10];

/** The engine on INTELLECT-1's schedule over bandwidth per node, against its published utilisation. */
export function intellectChartSpec(): XYChartSpec {
  const observed = figureRange(f.intellectBandwidthGbitPerS);
  const published = figureRange(f.intellectUtilisationPercent);
  const engineAt = (g: number) => ({
    x: convert(g, 'Gbit/s', 'bit/s'),
    y: lowCommScheduleUnchecked(intellectSchedule(convert(g, 'Gbit/s', 'B/s'))).computeUtilisation,
  });
  return {
    kind: 'line',
    id: 'talkless-intellect',
    title: 'INTELLECT-1: the engine against the published utilisation',
    description: `Compute utilisation the engine computes for INTELLECT-1’s schedule (${formatNumber(figureMidpoint(f.intellectNodes))} nodes, ${formatNumber(figureMidpoint(f.intellectBitsPerValue))}-bit values, H = ${formatNumber(figureMidpoint(f.intellectInnerStepsPerSync))}, ${formatNumber(figureMidpoint(f.intellectInnerComputeMinutes))} minutes of inner steps per sync) against bandwidth per node, the observed range drawn over it, and the published utilisation across continents and within the US as rules.`,
    x: { label: 'Bandwidth per node', unit: 'bit/s', scale: 'log', format: 'si' },
    y: { label: 'Compute utilisation', unit: '%', format: 'percent', domain: [0.5, 1] },
    series: [
      { label: 'Engine', points: INTELLECT_GBIT.map((g) => engineAt(g)) },
      // The observed range drawn over the engine's line: rules' labels would collide with the published ones.
      {
        label: `Engine over the observed ${formatNumber(observed.min)}–${formatNumber(observed.max)} Gbit/s`,
        points: [observed.min, ...INTELLECT_GBIT.filter((g) => g > observed.min && g < observed.max), observed.max].map(
          engineAt,
        ),
      },
    ],
    annotations: [
      { kind: 'y', y: published.min / 100, label: `3 continents ${formatNumber(published.min)}%` },
      { kind: 'y', y: published.max / 100, label: `US only ${formatNumber(published.max)}%` },
    ],
  };
}

function shown(c: PublishedCheck, x: number): string {
  return c.kind === 'reduction' ? `${formatNumber(x, { sigFigs: 3 })}×` : formatPercent(x, 3);
}

export function publishedTable(checks: readonly PublishedCheck[]): string {
  const rows = checks.map((c) => {
    const engine =
      c.engine.min === c.engine.max ? shown(c, c.engine.min) : `${shown(c, c.engine.min)} to ${shown(c, c.engine.max)}`;
    const tolerance =
      c.kind === 'reduction'
        ? `±${formatNumber(c.tolerance, { sigFigs: 2 })}×`
        : `±${formatNumber(c.tolerance * 100)} points`;
    const src = lowComm.sources[c.sourceId];
    const cite = src
      ? `<a href="${esc(src.url)}">${esc(src.publisher)}, ${esc(src.date.slice(0, 4))}</a>`
      : esc(c.sourceId);
    return [
      c.label,
      esc(shown(c, c.published)),
      esc(engine),
      esc(`${tolerance}: ${c.within ? 'within' : 'outside'}`),
      cite,
    ];
  });
  return table(
    'published-table',
    'Published results and what the engine computes for the same configuration',
    ['Result', 'Published', 'Engine', 'Tolerance', 'Source'],
    rows,
  );
}

function intellectCaption(checks: readonly PublishedCheck[]): string {
  const global = checks.find((c) => c.id === 'intellect-global');
  const need = global ? intellectBandwidthFor(global.published) : null;
  return need === null
    ? 'The rules are the published utilisation; the line is the engine on the same schedule.'
    : `Across continents the run kept less than the engine gives at the slowest observed link: the engine reaches ${formatPercent(global?.published ?? 0, 2)} at ${formatBitsPerS(need, 2)} per node, about what the global ring must have had.`;
}

/** `level`: the heading level under the widget's title (h3 on its own page, h4 in a chapter). */
export function publishedSectionHtml(level: 3 | 4): string {
  const checks = publishedChecks();
  return (
    `<section class="talkless-published" aria-labelledby="talkless-published-title"><h${level} id="talkless-published-title" class="talkless-heading">Published results, checked against the engine</h${level}>` +
    publishedTable(checks) +
    chartFigureHtml(
      reductionChartSpec(checks),
      'The lines are the engine’s bytes per inner step against data parallel’s; the points are the papers’ figures at their own H.',
    ) +
    chartFigureHtml(intellectChartSpec(), intellectCaption(checks)) +
    '</section>'
  );
}
