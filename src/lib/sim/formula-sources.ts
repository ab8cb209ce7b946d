/** Sources of the engine's closed forms (cited by the methods page), by the formula they back. */
export const FORMULA_SOURCES = {
  ringAndTreeCollectives: 'thakur-mpich-collectives-2005',
  pipelineBubble: 'gpipe-2019',
  interleavedPipeline: 'megatron-sc21',
  checkpointIntervalYoung: 'young-checkpoint-1974',
  checkpointRestartDaly: 'daly-checkpoint-2006',
  zeroSharding: 'zero-sc20',
  activationMemory: 'korthikanti-activation-recompute-2022',
  diloco: 'diloco-2023',
  streamingDiloco: 'streaming-diloco-2025',
} as const;
