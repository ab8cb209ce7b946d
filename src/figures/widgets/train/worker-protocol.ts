/** Messages from the training worker to the page. */
import type { AlgorithmId, DemoResult } from '../../../lib/train';

export type TrainWorkerMessage =
  | { kind: 'progress'; done: number; algorithm: AlgorithmId }
  | { kind: 'done'; result: DemoResult }
  | { kind: 'error'; message: string };
