/**
 * Picks a TP × PP × DP layout as a Megatron-style practitioner would (Narayanan et al. 2021): keep
 * model parallelism (tp·pp) as small as memory allows, tensor parallelism inside the scale-up domain
 * before pipeline stages, ZeRO-1 over the data-parallel ranks of a site, recomputation only when
 * activations do not fit, and interleaving until v·m ≥ 4p (GPipe's "bubble negligible" rule).
 */
import { gpuSpec } from './gpu';
import { PARAMS } from './params';
import type { Layout } from './step-config';
import { memoryPerGpuUnchecked, type Transformer } from './transformer';

export interface LayoutChoice {
  layout: Layout;
  recompute: boolean;
  microBatches: number;
  memoryBytes: number;
}

function divisors(n: number, max: number): number[] {
  const out: number[] = [];
  for (let d = 1; d <= Math.min(n, max); d++) if (n % d === 0) out.push(d);
  return out;
}

/** Pipeline depths practitioners use: even splits of the layers, or powers of two (uneven end stages). */
const isUsualDepth = (pp: number, layers: number) => layers % pp === 0 || (pp & (pp - 1)) === 0;

/** Interleaving chunks a practitioner picks: double until v·m ≥ 4p, while each chunk keeps a layer. */
export function practitionerInterleave(microBatches: number, pp: number, layers: number): number {
  let interleave = 1;
  while (interleave * microBatches < 4 * pp && 2 * interleave <= layers / pp) interleave *= 2;
  return interleave;
}

/** `recompute` given: the recipe is known, only weights, gradients and optimizer state are checked. */
export function chooseLayout(
  model: Transformer,
  gpu: string,
  gpus: number,
  sites: number,
  recomputeGiven?: boolean,
): LayoutChoice | null {
  // Usual depths first; any divisor when the GPU count leaves no usual depth that fits.
  return pick(model, gpu, gpus, sites, recomputeGiven, true) ?? pick(model, gpu, gpus, sites, recomputeGiven, false);
}

function pick(
  model: Transformer,
  gpu: string,
  gpus: number,
  sites: number,
  recomputeGiven: boolean | undefined,
  usualOnly: boolean,
): LayoutChoice | null {
  const spec = gpuSpec(gpu);
  const stateBudget = PARAMS.modelStateMemoryFraction * spec.hbmBytes;
  const candidates: (LayoutChoice & { mp: number })[] = [];
  for (const tp of [1, 2, 4, 8]) {
    if (tp > spec.scaleUpDomain || gpus % tp !== 0 || model.hidden % tp !== 0) continue;
    for (const pp of divisors(gpus / tp, model.layers)) {
      if (usualOnly && !isUsualDepth(pp, model.layers)) continue;
      const dp = gpus / (tp * pp);
      if (dp % sites !== 0) continue;
      const microBatches = Math.max(1, Math.ceil(model.globalBatchTokens / model.seqLen / dp));
      const base = {
        model,
        tp,
        pp,
        shardRanks: dp / sites,
        sharding: 'zero1' as const,
        microBatchTokens: model.seqLen,
        inFlight: Math.min(microBatches, pp),
      };
      const plain = memoryPerGpuUnchecked({ ...base, recompute: false });
      const states = plain.weightsBytes + plain.gradientsBytes + plain.optimizerBytes;
      if (states > stateBudget) continue;
      let recompute = recomputeGiven ?? false;
      let memory = recompute ? memoryPerGpuUnchecked({ ...base, recompute: true }).totalBytes : plain.totalBytes;
      if (recomputeGiven === undefined && memory > spec.hbmBytes) {
        recompute = true;
        memory = memoryPerGpuUnchecked({ ...base, recompute: true }).totalBytes;
        if (memory > spec.hbmBytes) continue;
      }
      const interleave = practitionerInterleave(microBatches, pp, model.layers);
      candidates.push({
        layout: { tp, pp, dp, interleave },
        recompute,
        microBatches,
        memoryBytes: memory,
        mp: tp * pp,
      });
      break;
    }
  }
  if (!candidates.length) return null;
  // Smallest model-parallel group; on a tie the larger TP (it stays on NVLink, PP adds a bubble).
  candidates.sort((a, b) => a.mp - b.mp || b.layout.tp - a.layout.tp);
  const { mp: _mp, ...best } = candidates[0] as LayoutChoice & { mp: number };
  return best;
}
