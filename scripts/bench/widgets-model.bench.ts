/**
 * Widgets in Node: the CPU cost of each widget's pure render(state) for the slider moves the browser
 * bench makes (widgets.bench.ts), median of many runs. No browser, no throttle: where the time goes,
 * comparable before and after a change on the same machine. A move's cost includes whatever a widget
 * memoises, as in the worker, which keeps its caches between requests.
 */
import * as build from '../../src/figures/widgets/build';
import * as failures from '../../src/figures/widgets/failures';
import * as latency from '../../src/figures/widgets/latency';
import * as memory from '../../src/figures/widgets/memory';
import * as power from '../../src/figures/widgets/power';
import * as step from '../../src/figures/widgets/step';
import * as talkless from '../../src/figures/widgets/talkless';
import * as utilisation from '../../src/figures/widgets/utilisation';
import type { RenderedWidget } from '../../src/figures/widgets/widget';
import { BENCH_MOVES, type BenchMove } from './widget-moves';

interface Model {
  // biome-ignore lint/suspicious/noExplicitAny: each widget's own state type; the bench only sets one field
  url: { defaults(): any; normalize(s: any): any };
  // biome-ignore lint/suspicious/noExplicitAny: as above
  render(state: any): RenderedWidget;
}

const MODELS: Record<string, Model> = {
  latency: { url: latency.latencyUrl, render: latency.renderWidgetModel },
  step: { url: step.stepUrl, render: step.renderWidgetModel },
  utilisation: { url: utilisation.utilisationUrl, render: utilisation.renderWidgetModel },
  memory: { url: memory.memoryUrl, render: memory.renderWidgetModel },
  power: { url: power.powerUrl, render: power.renderWidgetModel },
  failures: { url: failures.failuresUrl, render: failures.renderWidgetModel },
  build: { url: build.buildUrl, render: build.renderWidgetModel },
  talkless: { url: talkless.talklessUrl, render: talkless.renderWidgetModel },
};

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

function statesOf(move: BenchMove, model: Model) {
  const base = model.url.defaults();
  return move.values.map((v) =>
    model.url.normalize({ ...base, [move.field]: move.scale === 'log10' ? 10 ** Number(v) : Number(v) }),
  );
}

/** The output HTML of each of a move's values (undefined for a widget without a worker model here). */
export function renderMove(move: BenchMove): string[] | undefined {
  const model = MODELS[move.id];
  return model ? statesOf(move, model).map((s) => model.render(s).html) : undefined;
}

export default async function (): Promise<void> {
  console.log(
    `render(state) per slider move in Node, CPU ms (this process: steadier than wall time on a shared machine), median over ${ROUNDS} rounds of each widget's moves`,
  );
  for (const move of BENCH_MOVES) {
    const model = MODELS[move.id];
    if (!model) continue;
    const states = statesOf(move, model);
    model.render(model.url.defaults()); // warm-up: module init and JIT
    const times: number[] = [];
    let htmlBytes = 0;
    for (let r = 0; r < ROUNDS; r++) {
      for (const s of states) {
        const c0 = process.cpuUsage();
        const out = model.render(s);
        const c = process.cpuUsage(c0);
        times.push((c.user + c.system) / 1000);
        htmlBytes = out.html.length;
      }
    }
    times.sort((a, b) => a - b);
    const med = times[Math.floor(times.length / 2)] ?? Number.NaN;
    const first = times[times.length - 1] ?? Number.NaN;
    console.log(
      `${move.id.padEnd(12)} median ${med.toFixed(1).padStart(7)} ms, max ${first.toFixed(1).padStart(7)} ms, ` +
        `output ${(htmlBytes / 1024).toFixed(1)} KB HTML`,
    );
  }
}
