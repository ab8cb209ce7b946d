/** Small, fast configurations shared by the training tests (not shipped: only tests import it). */
import { readFileSync } from 'node:fs';
import type { DemoConfig } from './demo';

export const CORPUS_TEXT = readFileSync(
  new URL('../../../content/data/corpus/shakespeare-excerpt.txt', import.meta.url),
  'utf8',
);

export function smallConfig(over: Partial<DemoConfig> = {}): DemoConfig {
  return {
    algorithms: ['sync-dp', 'local-sgd', 'diloco', 'streaming-diloco', 'async'],
    sites: 2,
    replicasPerSite: 1,
    batchPerReplica: 8,
    steps: 60,
    innerStepsPerSync: 10,
    innerLr: 0.01,
    outerLr: 0.7,
    outerMomentum: 0.8,
    fragments: 2,
    overlapSteps: 1,
    int4: false,
    seed: 3,
    iid: true,
    model: { context: 4, embed: 6, hidden: 24 },
    evalEvery: 20,
    validationWindows: 128,
    clock: { innerStepS: 1, systemParams: 1e9, wanBandwidthBytesPerS: 1e10, wanLatencyS: 0.005 },
    ...over,
  };
}
