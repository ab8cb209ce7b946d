/**
 * What a value costs on the WAN and what arrives: float32, bfloat16 (round to nearest even) or 4-bit
 * integers with one float32 scale per block (Streaming DiLoCo's low-precision exchange).
 */
export type WireFormat = 'fp32' | 'bf16' | 'int4';

export const INT4_BLOCK = 64;

export function wireBytes(format: WireFormat, values: number): number {
  if (format === 'fp32') return 4 * values;
  if (format === 'bf16') return 2 * values;
  return Math.ceil(values / 2) + 4 * Math.ceil(values / INT4_BLOCK);
}

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

export function toBf16(x: number): number {
  f32[0] = x;
  const bits = u32[0] as number;
  if ((bits & 0x7f800000) === 0x7f800000) return x;
  const rounded = (bits + 0x7fff + ((bits >>> 16) & 1)) & 0xffff0000;
  u32[0] = rounded >>> 0;
  return f32[0] as number;
}

/** Replace `values` in place by what the receiver decodes. */
export function roundTrip(format: WireFormat, values: Float64Array): void {
  if (format === 'fp32') {
    for (let i = 0; i < values.length; i++) values[i] = Math.fround(values[i] as number);
    return;
  }
  if (format === 'bf16') {
    for (let i = 0; i < values.length; i++) values[i] = toBf16(values[i] as number);
    return;
  }
  for (let from = 0; from < values.length; from += INT4_BLOCK) {
    const to = Math.min(values.length, from + INT4_BLOCK);
    let absMax = 0;
    for (let i = from; i < to; i++) absMax = Math.max(absMax, Math.abs(values[i] as number));
    const scale = Math.fround(absMax / 7);
    for (let i = from; i < to; i++) {
      const q = scale > 0 ? Math.max(-8, Math.min(7, Math.round((values[i] as number) / scale))) : 0;
      values[i] = q * scale;
    }
  }
}
