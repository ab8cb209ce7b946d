/**
 * The control each widget bench moves and the values it sets, shared by the browser bench
 * (widgets.bench.ts) and the Node model bench (widgets-model.bench.ts) so both time the same moves.
 * `values` are what the control holds (a log10 slider holds log10 of the state's value).
 */
export interface BenchMove {
  id: string;
  selector: string;
  field: string;
  scale?: 'log10';
  values: string[];
}

export const BENCH_MOVES: readonly BenchMove[] = [
  { id: 'latency', selector: '#latency-rf', field: 'rf', values: ['1.1', '1.5', '2', '2.5', '1.3'] },
  { id: 'step', selector: '#step-km', field: 'km', values: ['500', '1500', '2500', '4000', '1000'] },
  { id: 'utilisation', selector: '#utilisation-km', field: 'km', values: ['500', '1500', '2500', '4000', '1000'] },
  { id: 'memory', selector: '#memory-tp', field: 'tp', values: ['1', '2', '4', '16', '8'] },
  // log10 of the IT power per site in MW: ~32 MW to 1 GW.
  { id: 'power', selector: '#power-mw', field: 'mw', scale: 'log10', values: ['1.5', '2', '2.5', '3', '2.57'] },
  { id: 'failures', selector: '#failures-ckpt-n', field: 'ckpt', values: ['5', '30', '120', '600', '16'] },
  { id: 'build', selector: '#build-b1', field: 'b1', values: ['1', '10', '100', '0.5', '50'] },
  { id: 'talkless', selector: '#talkless-km', field: 'km', values: ['500', '1500', '2500', '4000', '1000'] },
  // The training demo re-renders its settings (no training) on a move; Train itself is timed apart.
  { id: 'train', selector: '#train-km', field: 'km', values: ['500', '1500', '2500', '4000', '1000'] },
];

/** Issue 18's targets under 4x CPU throttling. */
export const TARGET_INPUT_FRAME_MS = 50;
export const TARGET_RESULT_MS = 150;
