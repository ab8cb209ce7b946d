/** Words for the sharding options, shared by the chart, the tables and the controls' summary. */
import type { Sharding } from '../../../lib/sim/transformer';

export const SHARDING_LABEL: Record<Sharding, string> = {
  none: 'No sharding',
  zero1: 'ZeRO-1',
  zero2: 'ZeRO-2',
  zero3: 'ZeRO-3',
};

/** Short enough for a bar's label on a phone: ZeRO's stage number, 0 for no sharding (DeepSpeed's stage 0). */
export const SHARDING_SHORT: Record<Sharding, string> = { none: 'Z0', zero1: 'Z1', zero2: 'Z2', zero3: 'Z3' };

export const gpusPerCopy = (n: number) => `${n} GPU${n === 1 ? '' : 's'}`;

export const optionLabel = (s: Sharding, recompute: boolean) =>
  `${SHARDING_LABEL[s]}, ${recompute ? 'recomputing activations' : 'keeping activations'}`;

/** A GPU's name as a menu fits it on a phone: the product without the parenthesised packaging. */
export const gpuMenuLabel = (name: string) => name.replace(/\s*\(.*\)\s*$/, '');
