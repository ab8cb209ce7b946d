/**
 * Display parts of a data figure, for <Num> and anything else that prints a sourced number.
 * Pure: the component decides markup; this decides what the number honestly says.
 *
 * Rules: never more significant figures than the source wrote (a conversion keeps the source's
 * count); ranges stay ranges; a point estimate gets "~" (a range already states its uncertainty);
 * distances and areas carry both a metric and a US reading.
 */
import { formatIsoDate } from './date';
import { formatNumber, sigFigsOf, type UnitSystem } from './number';
import { approx as approxMark } from './status-badge';
import { canConvert, convertUnit, unitLabel, unitsBySystem } from './units';

export type FigureStatus = 'known' | 'estimated' | 'assumed';

/** The shape of a figure in content/data (kept structural so this module needs no data import). */
export interface FigureInput {
  value: number | { min: number; max: number };
  unit: string;
  status: FigureStatus;
  /** ISO date; needed only when "as of" is asked for. */
  asOf?: string;
}

export interface FigureFormatOptions {
  /** Significant figures wanted; capped at what the source gives. */
  sig?: number;
  /** Display unit (e.g. "kW" for a figure in W). Distances/areas still get both systems. */
  as?: string;
  /** Say "as of <date>" (time series). */
  asOf?: boolean;
  /** Keep the unit as written (a quotation): no second unit system. */
  keepUnit?: boolean;
}

export interface ValueText {
  /** The number(s) only, with "~" when estimated: "~321–636". */
  value: string;
  /** Display unit, may be empty. */
  unit: string;
  /** Number and unit joined with a no-break space (none before "%" or an empty unit). */
  text: string;
}

export interface FigureDisplay {
  status: FigureStatus;
  approx: boolean;
  isRange: boolean;
  /** What every reader sees when the unit has no US/metric variant; the metric reading otherwise. */
  metric: ValueText;
  /** Present only when US readers see a different unit (km -> mi, acres <- ha...). */
  us?: ValueText;
  /** "as of 12 Nov 2025" when requested. */
  asOfText?: string;
}

const NBSP = '\u00a0';
const NO_SPACE_UNITS = new Set(['%', '×', '°']);

function joinUnit(value: string, unit: string): string {
  if (!unit) return value;
  return NO_SPACE_UNITS.has(unit) ? `${value}${unit}` : `${value}${NBSP}${unit}`;
}

function formatOne(x: number, sourceSig: number, wantedSig: number | undefined): string {
  const sig = Math.min(sourceSig, wantedSig ?? sourceSig);
  return formatNumber(x, { sigFigs: Math.max(1, sig) });
}

function render(
  value: FigureInput['value'],
  fromUnit: string,
  toUnit: string,
  approx: boolean,
  sig: number | undefined,
): ValueText {
  const label = unitLabel(toUnit);
  let numbers: string;
  if (typeof value === 'number') {
    numbers = formatOne(convertUnit(value, fromUnit, toUnit), sigFigsOf(value), sig);
  } else {
    const lo = formatOne(convertUnit(value.min, fromUnit, toUnit), sigFigsOf(value.min), sig);
    const hi = formatOne(convertUnit(value.max, fromUnit, toUnit), sigFigsOf(value.max), sig);
    numbers = lo === hi ? lo : `${lo}–${hi}`;
  }
  const shown = approx ? `~${numbers}` : numbers;
  return { value: shown, unit: label, text: joinUnit(shown, label) };
}

export function formatFigure(figure: FigureInput, opts: FigureFormatOptions = {}): FigureDisplay {
  const isRange = typeof figure.value !== 'number';
  const approx = approxMark(figure.status, isRange) !== '';
  if (opts.sig !== undefined && (!Number.isInteger(opts.sig) || opts.sig < 1)) {
    throw new Error(`sig must be a whole number >= 1, got ${opts.sig}`);
  }
  const baseUnit = opts.as ?? figure.unit;
  if (opts.as && !canConvert(figure.unit, opts.as)) {
    throw new Error(`Cannot show a figure in "${figure.unit}" as "${opts.as}"`);
  }
  const pair = opts.keepUnit ? null : unitsBySystem(baseUnit);
  const metric = render(figure.value, figure.unit, pair ? pair.metric : baseUnit, approx, opts.sig);
  const display: FigureDisplay = { status: figure.status, approx, isRange, metric };
  if (pair) display.us = render(figure.value, figure.unit, pair.us, approx, opts.sig);
  if (opts.asOf) {
    if (!figure.asOf) throw new Error('"as of" asked for a figure without a date');
    display.asOfText = `as of ${formatIsoDate(figure.asOf)}`;
  }
  return display;
}

/** The reading for one unit system, for places (SVG labels, charts) that can only show one. */
export function figureText(display: FigureDisplay, units: UnitSystem = 'metric'): string {
  return (units === 'us' && display.us ? display.us : display.metric).text;
}
