/**
 * Shared pieces of the engine's input schemas. Every public function parses its input with a zod
 * schema built from these helpers; the bounds live in the schema only, and `rangeOf` reads them back
 * so sliders and the engine never disagree.
 */
import { z } from 'zod';
import { type AllowedRange, SimInputError } from './errors';
import { GPU_IDS } from './gpu';

export { requireThat } from './errors';

/** A finite number in [min, max]; NaN and ±Infinity fail. */
export const bounded = (min: number, max: number) => z.number().finite().min(min).max(max);
/** Only ids present in hardware.json are accepted; the error lists them. */
export const gpuIdSchema = z.enum(GPU_IDS);

/** An integer in [min, max]. */
export const boundedInt = (min: number, max: number) => z.number().int().min(min).max(max);

function unwrap(schema: z.ZodType): z.ZodType {
  let s: z.ZodType = schema;
  // Optional/default/nullable wrappers keep the inner schema under `innerType`.
  for (let i = 0; i < 8; i++) {
    const inner = (s as unknown as { _zod: { def: { innerType?: z.ZodType } } })._zod.def.innerType;
    if (!inner) break;
    s = inner;
  }
  return s;
}

function fieldSchema(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
  let s: z.ZodType | undefined = unwrap(schema);
  for (const key of path) {
    if (!s) return undefined;
    if (s instanceof z.ZodObject) {
      s = (s.shape as Record<string, z.ZodType>)[String(key)];
    } else if (s instanceof z.ZodArray) {
      s = s.element as z.ZodType;
    } else return undefined;
    if (s) s = unwrap(s);
  }
  return s;
}

/** The allowed range of a numeric field, e.g. `rangeOf(stepConfigSchema, 'wan.distanceKm')`. */
export function rangeOf(schema: z.ZodType, field: string): AllowedRange {
  const s = fieldSchema(schema, field.split('.'));
  if (s instanceof z.ZodNumber) {
    const range: AllowedRange = {};
    if (s.minValue !== null && Number.isFinite(s.minValue)) range.min = s.minValue;
    if (s.maxValue !== null && Number.isFinite(s.maxValue)) range.max = s.maxValue;
    return range;
  }
  if (s instanceof z.ZodEnum) return { description: `one of ${s.options.join(', ')}` };
  return { description: 'see the schema' };
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** Parses `input`; on failure throws a SimInputError naming the first bad field, its value and range. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, where: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue?.path ?? [];
  const field = path.map(String).join('.') || '(input)';
  const range = rangeOf(schema, field);
  throw new SimInputError(where, field, valueAt(input, path), range, issue?.message);
}
