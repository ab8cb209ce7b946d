/** Words for the sharding options, shared by the chart, the tables and the controls' summary. */
import type { Sharding } from '../../sim/transformer';

export const SHARDING_LABEL: Record<Sharding, string> = {
  none: 'No sharding',
  zero1: 'ZeRO-1',
  zero2: 'ZeRO-2',
  zero3: 'ZeRO-3',
};

/** Short enough for a bar's label on a phone. */
export const SHARDING_SHORT: Record<Sharding, string> = { none: 'None', zero1: 'Z1', zero2: 'Z2', zero3: 'Z3' };

export const optionLabel = (s: Sharding, recompute: boolean) =>
  `${SHARDING_LABEL[s]}, ${recompute ? 'recomputing activations' : 'keeping activations'}`;
