/** Bounds of one numeric input, exported so widgets clamp sliders with the engine's own limits. */
export interface AllowedRange {
  min?: number;
  max?: number;
  /** For inputs whose limits are not a plain interval (a divisor, a known id). */
  description?: string;
}

export function describeRange(range: AllowedRange): string {
  if (range.description) return range.description;
  const lo = range.min ?? Number.NEGATIVE_INFINITY;
  const hi = range.max ?? Number.POSITIVE_INFINITY;
  return `[${lo}, ${hi}]`;
}

/**
 * Thrown by every public engine function on bad input. It names the field, the value and what is
 * allowed, so a widget can show a plain message instead of a NaN.
 */
export class SimInputError extends Error {
  override name = 'SimInputError';
  readonly field: string;
  readonly value: unknown;
  readonly allowed: AllowedRange;

  constructor(where: string, field: string, value: unknown, allowed: AllowedRange, detail?: string) {
    const shown = typeof value === 'number' || typeof value === 'string' ? String(value) : JSON.stringify(value);
    super(
      `${where}: field "${field}" = ${shown} is not allowed; allowed: ${describeRange(allowed)}${detail ? ` (${detail})` : ''}`,
    );
    this.field = field;
    this.value = value;
    this.allowed = allowed;
  }
}

/** For constraints between fields (a degree that must divide the GPU count). */
export function requireThat(ok: boolean, where: string, field: string, value: unknown, allowed: string): void {
  if (!ok) throw new SimInputError(where, field, value, { description: allowed });
}
