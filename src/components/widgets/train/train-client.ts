/**
 * The training demo in the page: the shell handles state, URL, downloads and print; this adds Train and
 * Stop. Training runs in a Web Worker (one per run, terminated to stop), so input never waits for it;
 * finished runs are kept per setting, so going back to a setting shows its result again.
 */

import { trainWidget } from '../../../figures/widgets/train';
import { renderTrainWidget } from '../../../figures/widgets/train/model';
import { type TrainState, trainUrl } from '../../../figures/widgets/train/state';
import type { TrainWorkerMessage } from '../../../figures/widgets/train/worker-protocol';
import { ALGORITHM_LABELS, type DemoResult } from '../../../lib/train';
import { labelBandwidthSliders } from '../log-slider';
import { mountWidget } from '../shell-client';

export function mount(root: HTMLElement): () => void {
  const start = root.querySelector<HTMLButtonElement>('[data-train-start]');
  const stop = root.querySelector<HTMLButtonElement>('[data-train-stop]');
  const bar = root.querySelector<HTMLProgressElement>('[data-train-progress]');
  const status = root.querySelector<HTMLElement>('[data-train-status]');
  if (!start || !stop || !bar || !status) throw new Error('train widget: run controls are missing');

  const results = new Map<string, DemoResult>();
  let shown: TrainState = trainUrl.defaults();
  let running: { worker: Worker; key: string; startedMs: number } | undefined;
  let refresh = () => {};

  const setRunning = (on: boolean) => {
    start.disabled = on;
    stop.disabled = !on;
    bar.hidden = !on;
    root.toggleAttribute('data-training', on);
  };

  const halt = (message: string) => {
    running?.worker.terminate();
    running = undefined;
    setRunning(false);
    status.textContent = message;
  };

  const onMessage = (key: string) => (event: MessageEvent<TrainWorkerMessage>) => {
    if (running?.key !== key) return;
    const m = event.data;
    if (m.kind === 'progress') {
      bar.value = m.done;
      status.textContent = `Training ${ALGORITHM_LABELS[m.algorithm]}… ${Math.floor(m.done * 100)}%`;
      return;
    }
    if (m.kind === 'error') return halt(`Training failed: ${m.message}`);
    const seconds = (performance.now() - running.startedMs) / 1000;
    results.set(key, m.result);
    halt(`Trained in ${seconds.toFixed(1)} s of your computer's time.`);
    root.dataset.trained = key;
    refresh();
  };

  const train = () => {
    if (running) return;
    if (typeof Worker === 'undefined') {
      status.textContent = 'This browser cannot run a Web Worker, so the demo cannot train here.';
      return;
    }
    const key = trainUrl.serialize(shown);
    const worker = new Worker(new URL('../../../workers/train.worker.ts', import.meta.url), { type: 'module' });
    running = { worker, key, startedMs: performance.now() };
    worker.addEventListener('message', onMessage(key));
    worker.addEventListener('error', () => halt('The training worker stopped with an error.'));
    bar.value = 0;
    setRunning(true);
    status.textContent = 'Training…';
    worker.postMessage({ state: shown });
  };

  const onStart = () => train();
  const onStop = () => halt('Stopped. Nothing was kept from this run.');
  start.addEventListener('click', onStart);
  stop.addEventListener('click', onStop);

  const unmount = mountWidget(root, {
    def: trainWidget,
    render: (state) => {
      shown = state;
      const key = trainUrl.serialize(state);
      if (running && running.key !== key) halt('Stopped: the settings changed. Press Train to run these.');
      return renderTrainWidget(state, results.get(key));
    },
    writeControls: (r, state) => labelBandwidthSliders(r, state.bw),
    bindRefresh: (r) => {
      refresh = r;
    },
  });
  setRunning(false);
  return () => {
    running?.worker.terminate();
    start.removeEventListener('click', onStart);
    stop.removeEventListener('click', onStop);
    unmount();
  };
}
