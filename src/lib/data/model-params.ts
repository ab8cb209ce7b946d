/**
 * The engine's named model parameters: one sourced figure per assumption (matmul efficiency per
 * hardware generation, failure rates, checkpoint costs, PUE...). Parameters are chosen per hardware
 * generation or per physical process, never per published run.
 */
import { z } from 'zod';
import modelParamsJson from '../../../content/data/model-params.json';
import { sources } from './index';
import type { Figure } from './provenance';
import { figureSchema } from './provenance-schemas';
import { DataError, parseDataFile } from './validate';

export const generationSchema = z.enum(['volta', 'ampere', 'hopper', 'blackwell', 'tpu-v3', 'tpu-v4', 'tpu-v5']);
export type Generation = z.infer<typeof generationSchema>;

export const modelParamsSchema = z
  .object({
    /** Fraction of dense peak a transformer's kernels sustain on one device, communication excluded. */
    matmulEfficiency: z.record(generationSchema, figureSchema),
    /** Share of tensor-parallel collective time hidden behind compute (sequence-parallel overlap). */
    tpCommOverlap: figureSchema,
    /** Share of the expert all-to-all hidden behind compute. */
    expertAllToAllOverlap: figureSchema,
    /** FP8 matmul throughput relative to BF16 on the same system and layout. */
    fp8MatmulSpeedup: figureSchema,
    /** Achieved bus bandwidth / nominal link bandwidth for large collectives. */
    collectiveBusEfficiency: figureSchema,
    scaleUpLatencyS: figureSchema,
    scaleOutLatencyS: figureSchema,
    weightBytesPerParam: figureSchema,
    gradBytesPerParam: figureSchema,
    /** Bytes per gradient value on the wire in the data-parallel reduce-scatter. */
    gradWireBytesPerValue: figureSchema,
    optimizerBytesPerParam: figureSchema,
    /** Activation bytes per token per layer, in units of the hidden size (selective recomputation). */
    activationBytesPerTokenLayerHidden: figureSchema,
    /** Same with full recomputation: only each layer's input is kept. */
    recomputeActivationBytesPerTokenLayerHidden: figureSchema,
    /** Share of HBM a practitioner gives to weights, gradients and optimizer state. */
    modelStateMemoryFraction: figureSchema,
    /** HBM traffic of one Adam step per parameter held. */
    optimizerHbmBytesPerParam: figureSchema,
    fallbackHbmBytesPerS: figureSchema,
    gpuFailuresPerGpuHour: figureSchema,
    nodeFailuresPerNodeHour: figureSchema,
    gpusPerNode: figureSchema,
    checkpointWriteS: figureSchema,
    restartS: figureSchema,
    pue: figureSchema,
    hgxGpusPerRack: figureSchema,
    /** Server (CPU, NIC, fans) power per GPU as a multiple of the GPU's board power, for HGX racks. */
    serverPowerFactor: figureSchema,
    /** Default global batch: sequences = coefficient × params^exponent (DiLoCo scaling-law fit, M = 1). */
    batchFitCoefficient: figureSchema,
    batchFitExponent: figureSchema,
    batchFitSequenceTokens: figureSchema,
    /** Hidden size / layer count assumed when only the parameter count is known. */
    defaultAspectRatio: figureSchema,
    defaultSeqLen: figureSchema,
  })
  .strict();
export type ModelParams = z.infer<typeof modelParamsSchema>;

function checkSources(params: ModelParams): void {
  const missing: string[] = [];
  const visit = (where: string, v: unknown): void => {
    if (!v || typeof v !== 'object') return;
    for (const [k, x] of Object.entries(v)) {
      if (k === 'source' && typeof x === 'string' && !sources.has(x)) missing.push(`${where}: unknown source "${x}"`);
      else visit(where ? `${where}.${k}` : k, x);
    }
  };
  visit('', params);
  if (missing.length)
    throw new DataError(`Broken references in content/data/model-params.json:\n${missing.join('\n')}`);
}

export const modelParams: ModelParams = parseDataFile(
  modelParamsSchema,
  modelParamsJson,
  'content/data/model-params.json',
);
checkSources(modelParams);

export type { Figure };
