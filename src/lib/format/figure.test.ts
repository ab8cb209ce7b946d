import { describe, expect, it } from 'vitest';
import { formatIsoDate } from './date';
import { type FigureInput, figureText, formatFigure } from './figure';
import { convertUnit } from './units';

const NBSP = '\u00a0';
const fig = (over: Partial<FigureInput>): FigureInput => ({
  value: 140,
  unit: 'kW',
  status: 'known',
  asOf: '2025-11-12',
  ...over,
});

describe('formatFigure', () => {
  it('prints a known value with its unit and no tilde', () => {
    const d = formatFigure(fig({}));
    expect(d.metric.text).toBe(`140${NBSP}kW`);
    expect(d.approx).toBe(false);
    expect(d.us).toBeUndefined();
  });

  it('marks a point estimate with "~"', () => {
    expect(formatFigure(fig({ value: 321, unit: 'MW', status: 'estimated' })).metric.text).toBe(`~321${NBSP}MW`);
  });

  it('keeps a range as a range with an en dash, without a tilde', () => {
    const d = formatFigure(fig({ value: { min: 321, max: 636 }, unit: 'MW', status: 'estimated' }));
    expect(d.metric.text).toBe(`321–636${NBSP}MW`);
    expect(d.isRange).toBe(true);
  });

  it('collapses a range whose ends round to the same number', () => {
    expect(formatFigure(fig({ value: { min: 140, max: 140 } })).metric.value).toBe('140');
  });

  it('never shows more significant figures than the source wrote', () => {
    // 140 kW as MW: two significant figures stay two.
    expect(formatFigure(fig({}), { as: 'MW' }).metric.text).toBe(`0.14${NBSP}MW`);
    // Asking for more than the source has is capped.
    expect(formatFigure(fig({ value: 1.468, unit: '' }), { sig: 6 }).metric.text).toBe('1.468');
  });

  it('rounds down to fewer figures when asked', () => {
    expect(formatFigure(fig({ value: 1068, unit: 'km' }), { sig: 2 }).metric.text).toBe(`1,100${NBSP}km`);
  });

  it('gives distances in km and miles, with the source precision', () => {
    const d = formatFigure(fig({ value: 1068, unit: 'km' }));
    expect(d.metric.text).toBe(`1,068${NBSP}km`);
    expect(d.us?.text).toBe(`663.6${NBSP}mi`);
    expect(figureText(d, 'us')).toBe(`663.6${NBSP}mi`);
    expect(figureText(d, 'metric')).toBe(`1,068${NBSP}km`);
  });

  it('converts a figure given in miles for metric readers', () => {
    const d = formatFigure(fig({ value: 700, unit: 'mi', status: 'estimated' }));
    expect(d.metric.text).toBe(`~1,000${NBSP}km`);
    expect(d.us?.text).toBe(`~700${NBSP}mi`);
  });

  it('keeps the unit of a quotation when asked', () => {
    const d = formatFigure(fig({ value: 700, unit: 'mi' }), { keepUnit: true });
    expect(d.metric.text).toBe(`700${NBSP}mi`);
    expect(d.us).toBeUndefined();
  });

  it('shows acres to US readers and hectares to metric readers', () => {
    const d = formatFigure(fig({ value: 315, unit: 'acres' }));
    expect(d.us?.text).toBe(`315${NBSP}acres`);
    expect(d.metric.text).toBe(`127${NBSP}ha`);
  });

  it('shows pounds to US readers and tonnes to metric readers (a building’s steel)', () => {
    const d = formatFigure(fig({ value: 26_500_000, unit: 'lb' }));
    expect(d.us?.text).toBe(`26,500,000${NBSP}lb`);
    expect(d.metric.text).toBe(`12,000${NBSP}t`);
  });

  it('writes percentages and multipliers without a space', () => {
    expect(formatFigure(fig({ value: 25, unit: '%' })).metric.text).toBe('25%');
    expect(formatFigure(fig({ value: 1.3, unit: '×' })).metric.text).toBe('1.3×');
  });

  it('says "as of" for time series', () => {
    expect(formatFigure(fig({ asOf: '2026-06' }), { asOf: true }).asOfText).toBe('as of Jun 2026');
    expect(formatFigure(fig({}), { asOf: true }).asOfText).toBe('as of 12 Nov 2025');
    expect(formatFigure(fig({})).asOfText).toBeUndefined();
  });

  it('refuses impossible conversions and bad sig', () => {
    expect(() => formatFigure(fig({}), { as: 'km' })).toThrow(/Cannot show/);
    expect(() => formatFigure(fig({}), { sig: 0 })).toThrow(/sig/);
  });
});

describe('convertUnit', () => {
  it('round-trips within a dimension', () => {
    expect(convertUnit(convertUnit(123.4, 'km', 'mi'), 'mi', 'km')).toBeCloseTo(123.4, 10);
    expect(convertUnit(1, 'Tbit/s', 'GB/s')).toBeCloseTo(125, 10);
  });
});

describe('formatIsoDate', () => {
  it('keeps the precision of the date', () => {
    expect(formatIsoDate('2025')).toBe('2025');
    expect(formatIsoDate('2025-10')).toBe('Oct 2025');
    expect(formatIsoDate('2026-06-23')).toBe('23 Jun 2026');
    expect(formatIsoDate('2026-06-23', 'long')).toBe('23 June 2026');
    expect(() => formatIsoDate('June 2026')).toThrow();
  });
});
