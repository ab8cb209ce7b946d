/// <reference lib="webworker" />
/**
 * Trains the demo off the main thread and reports progress at every curve point. One run per worker:
 * the page stops a run by terminating the worker, which is immediate even mid-step.
 */
import corpusText from '../../content/data/corpus/shakespeare-excerpt.txt?raw';
import { trainDemoConfig } from '../figures/widgets/train/config';
import type { TrainState } from '../figures/widgets/train/state';
import type { TrainWorkerMessage } from '../figures/widgets/train/worker-protocol';
import { runDemo } from '../lib/train';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (m: TrainWorkerMessage) => scope.postMessage(m);

scope.addEventListener('message', (event: MessageEvent<{ state: TrainState }>) => {
  try {
    const result = runDemo(corpusText, trainDemoConfig(event.data.state), (p) =>
      post({ kind: 'progress', done: p.done, algorithm: p.algorithm }),
    );
    post({ kind: 'done', result });
  } catch (err) {
    post({ kind: 'error', message: err instanceof Error ? err.message : String(err) });
  }
});
