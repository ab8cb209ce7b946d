/** The input schema of mixture-of-experts settings (moe.ts holds the arithmetic, without zod). */
import { z } from 'zod';
import { boundedInt } from './schemas';

export const moeSchema = z.object({
  /** Routed experts per MoE layer. */
  experts: boundedInt(2, 4096),
  /** Routed experts each token visits (top-k). */
  activeExperts: boundedInt(1, 256),
  /** Expert-parallel ranks sharing one layer's experts (1: every rank holds every expert). */
  ep: boundedInt(1, 4096).default(1),
});
