/** The failures widget's two charts: useful work over the weeks per policy, and goodput against the interval. */
import type { XYChartSpec } from '../../../lib/chart';
import { convert, formatNumber } from '../../../lib/format';
import { dalyGoodput, FAILURE_POLICIES, type FailureSimResult } from '../../../lib/sim/unchecked';
import { formatSpan, POLICY_LABEL } from './labels';

const days = (s: number) => convert(s, 's', 'd');

export function workChartSpec(r: FailureSimResult, outage: { startS: number; durationS: number } | null): XYChartSpec {
  const notes: XYChartSpec['annotations'] = outage
    ? [{ kind: 'x', x: days(outage.startS), label: `Site dark ${formatSpan(outage.durationS)}` }]
    : [];
  return {
    kind: 'line',
    id: 'failures-work',
    title: 'Useful work against wall clock, per policy',
    description:
      'Useful work done so far (days of the whole cluster training) against days of wall clock, one line per policy, under the same seeded faults. Each drop of a line is work thrown away by a restart from the last checkpoint; a flat stretch is a stop.',
    x: { label: 'Wall clock', unit: 'days', zero: true },
    y: { label: 'Useful work', unit: 'cluster-days', zero: true },
    series: FAILURE_POLICIES.map((p) => ({
      label: POLICY_LABEL[p],
      points: r.runs[p].curve.map((pt) => ({ x: days(pt.timeS), y: days(pt.workS) })),
    })),
    annotations: notes,
  };
}

/** Daly's expected goodput of stall and restart over checkpoint intervals from a minute to a day. */
export function intervalChartSpec(r: FailureSimResult, chosenS: number): XYChartSpec {
  const points = Array.from({ length: 61 }, (_, i) => {
    const tau = 60 * 1440 ** (i / 60);
    return { x: convert(tau, 's', 'min'), y: dalyGoodput(tau, r.checkpointWriteS, r.restartS, r.jobMtbfS) };
  });
  const min = (s: number) => formatNumber(convert(s, 's', 'min'), { sigFigs: 2 });
  return {
    kind: 'line',
    id: 'failures-interval',
    title: 'Goodput of stall and restart against the checkpoint interval',
    description:
      'Expected goodput of stall and restart (Daly’s formula) against the checkpoint interval on a logarithmic axis, with the Young/Daly optimum and the interval chosen marked, and the simulated run at the chosen interval as a ring.',
    x: { label: 'Checkpoint interval', unit: 'min', scale: 'log', domain: [1, 1440] },
    y: { label: 'Goodput', unit: '%', zero: true, domain: [0, 1], format: 'percent' },
    series: [{ label: 'Expected', points }],
    annotations: [
      { kind: 'x', x: convert(r.youngDalyS, 's', 'min'), label: `Young/Daly ${min(r.youngDalyS)} min` },
      { kind: 'point', x: convert(chosenS, 's', 'min'), y: r.runs.stall.goodput, label: 'This run' },
    ],
  };
}

/**
 * The opening stretch, fault by fault: work lost so far against a run with no fault (checkpoint
 * writes aside), so every fault is a step and each policy's blast radius is the step's height.
 */
export function lostChartSpec(zoom: FailureSimResult, checkpointIntervalS: number): XYChartSpec {
  const useful = checkpointIntervalS / (checkpointIntervalS + zoom.checkpointWriteS);
  const hours = (s: number) => convert(s, 's', 'h');
  return {
    kind: 'line',
    id: 'failures-lost',
    title: 'Fault by fault: work lost so far, per policy',
    description:
      'The first hours of the run with every fault drawn: cluster-hours of work behind a run with no fault (checkpoint writes aside), against hours of wall clock, one line per policy. Each step up is a fault; its height is what that policy loses to it.',
    x: { label: 'Wall clock', unit: 'h', zero: true },
    y: { label: 'Work lost so far', unit: 'cluster-hours', zero: true },
    series: FAILURE_POLICIES.map((p) => ({
      label: POLICY_LABEL[p],
      points: zoom.runs[p].curve.map((pt) => ({
        x: hours(pt.timeS),
        y: Math.max(0, hours(pt.timeS * useful - pt.workS)),
      })),
    })),
  };
}
