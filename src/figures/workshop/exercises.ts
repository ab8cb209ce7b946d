/**
 * The workshop's eight exercises: predict, lock, run, explain. Each names a widget state (through the
 * widget's own presetState and URL serializer), a prediction input, and a reveal the engine computes
 * under the read tracker, so its badge and sources are what the computation read. The prose here holds
 * no figure: the tests scan it for digits. `{preset:<id>}` in a question stands for a preset's name.
 */
import { menuLabelOf } from '../../lib/data/scenarios';
import { simulateScenario } from '../../lib/sim';
import { scenarioById } from '../../lib/widgets/presets';
import { computed, type DerivedFigure } from '../chapters/derived-figure';
import type { RunValue } from '../shared/run-record';
import { failuresWidget, renderWidgetModel as renderFailures } from '../widgets/failures';
import { latencyWidget, renderWidgetModel as renderLatency } from '../widgets/latency';
import { memoryWidget, renderWidgetModel as renderMemory } from '../widgets/memory';
import { powerWidget, renderWidgetModel as renderPower } from '../widgets/power';
import { renderWidgetModel as renderStep, stepWidget } from '../widgets/step';
import { renderWidgetModel as renderTalkless, talklessWidget } from '../widgets/talkless';
import { renderWidgetModel as renderUtilisation, utilisationWidget } from '../widgets/utilisation';
import type { Tolerance } from './closeness';
import { EXERCISE_IDS, EXERCISE_OUTLINES, type ExerciseId, type ExerciseOutline } from './exercise-ids';
import { numberOutput, outputOf, type WidgetRun, widgetRun } from './widget-run';

export type Prediction =
  | {
      kind: 'number';
      /** The unit the participant types in, and the reveal's value is in. */
      unit: string;
      /** The unit in words, for "4 percentage points too low". */
      unitWord: string;
      label: string;
      tolerance: Tolerance;
    }
  | { kind: 'choice'; label: string; options: readonly { value: string; label: string }[] };

export interface Exercise extends ExerciseOutline {
  question: string;
  prediction: Prediction;
  run: WidgetRun;
  /** The engine's value: for a number, in the prediction's unit. */
  answer: DerivedFigure;
  /** What the answer's value is, in words ("One-way delay"). */
  answerLabel: string;
  /** For a choice: the option the engine's value picks. */
  answerChoice?: string;
  /** Shown at the reveal: what the number means, in our words. */
  explanation: string;
  /** The teacher view: how to reason towards the answer, and what the room tends to say. */
  reasoning: string;
  /** Heading id of the chapter section the exercise teaches from. */
  section: string;
  /** Anchor on /methods/. */
  method: string;
}

/** A reveal read off one of the widget's outputs, recomputed under the read tracker. */
function fromOutput(
  run: () => WidgetRun,
  key: string,
  scale: number,
  opts: { unit: string; sig: number; how: string; method: string },
): DerivedFigure {
  return computed(() => numberOutput(run().rendered, key) * scale, opts);
}

type Spec = Omit<Exercise, keyof ExerciseOutline>;

const SPECS: Record<ExerciseId, () => Spec> = {
  'power-sites': () => {
    const state = powerWidget.presetState('worked-example');
    const run = () => widgetRun(powerWidget, renderPower, state);
    return {
      question:
        'A Fairwater building is planned by its power. Take the IT power estimated for the Wisconsin building and fill it with GB200 racks: about how many GPUs does one building hold?',
      prediction: {
        kind: 'number',
        unit: 'GPUs',
        unitWord: 'GPUs',
        label: 'GPUs in one building',
        tolerance: { kind: 'factor', factor: 2 },
      },
      run: run(),
      answerLabel: 'GPUs in one building',
      answer: fromOutput(run, 'siteGpus', 1, {
        unit: 'GPUs',
        sig: 2,
        how: 'The site’s IT power divided by the power of one GB200 rack, times the GPUs in a rack.',
        method: 'power',
      }),
      explanation:
        'Power sets the size: the IT power of the building, divided by what one rack draws, gives the racks, and each rack holds a fixed number of GPUs. The worked example’s whole cluster fits in one such building many times over, so the reason to use two sites is not that one building is too small for this model but that the next, larger models need more power than one place can get.',
      reasoning:
        'Ask the room for the power of one GB200 rack first, then divide. Most groups overestimate what a GPU draws on its own and forget that cooling and conversion sit outside IT power. A factor of two either way counts as close: the point is the order of magnitude, a building of this size holds GPUs in the hundreds of thousands, not millions.',
      section: 'electricity-comes-first',
      method: 'power',
    };
  },
  'memory-fit': () => {
    const state = { ...memoryWidget.presetState('worked-example'), zero: 'none' as const, rc: false };
    const run = () => widgetRun(memoryWidget, renderMemory, state);
    const r = run();
    const total = numberOutput(r.rendered, 'noneTotalBytes');
    const hbm = numberOutput(r.rendered, 'hbmBytes');
    return {
      question:
        'The worked example splits the model over tensor and pipeline ways as Meta did, but now with no sharding of the optimizer state and with every activation kept for the backward pass. Does one GPU’s share still fit in its memory?',
      prediction: {
        kind: 'choice',
        label: 'Does it fit in one GPU’s memory?',
        options: [
          { value: 'fits', label: 'It fits' },
          { value: 'does-not-fit', label: 'It does not fit' },
        ],
      },
      run: r,
      answerLabel: 'Memory per GPU',
      answer: computed(() => numberOutput(run().rendered, 'noneTotalBytes'), {
        unit: 'B',
        as: 'GB',
        sig: 3,
        how: 'Weights, gradients, optimizer state and kept activations of one GPU’s share, with no sharding.',
        method: 'memory',
      }),
      answerChoice: total <= hbm ? 'fits' : 'does-not-fit',
      explanation:
        'Memory per GPU is the weights, the gradients, the optimizer state and the activations of its share of the model. Without sharding every data-parallel copy keeps the full optimizer state of its share, and kept activations grow with the micro-batch. The widget stacks the four against the GPU’s memory: switch on sharding or recomputation and watch the stack shrink.',
      reasoning:
        'Before the reveal, ask which of the four parts is largest. People guess the weights; with the activations kept, they are usually the activations, and the optimizer state comes next without sharding. Whether it fits is less important than why: the split the lab chooses is set by memory first, and that split decides what must cross between the sites.',
      section: 'three-ways-to-split-the-work',
      method: 'memory',
    };
  },
  'light-in-fibre': () => {
    const state = latencyWidget.presetState('worked-example');
    const run = () => widgetRun(latencyWidget, renderLatency, state);
    return {
      question:
        'Light in glass travels at about two thirds of its speed in vacuum, and a cable never runs in a straight line. How long does a signal take, one way, from Fairwater Wisconsin to Fairwater Atlanta?',
      prediction: {
        kind: 'number',
        unit: 'ms',
        unitWord: 'ms',
        label: 'One-way delay',
        tolerance: { kind: 'factor', factor: 1.5 },
      },
      run: run(),
      answerLabel: 'One-way delay',
      answer: fromOutput(run, 'oneWayMs', 1, {
        unit: 'ms',
        sig: 2,
        how: 'Great-circle distance times the route factor, over the speed of light in glass.',
        method: 'fiber-latency',
      }),
      explanation:
        'The delay is distance over the speed of light in glass, and the distance is the route the fibre takes, longer than the great circle. No engineering removes it: a faster switch or a wider link does not make light go faster.',
      reasoning:
        'A good route to the answer: the great-circle distance from a map, a route factor for the detours, and the speed of light in glass. Groups who use the speed of light in vacuum come out too fast. Compare the answer with the hop inside a rack the widget shows: thousands of times longer.',
      section: 'light-in-glass',
      method: 'fiber-latency',
    };
  },
  'bandwidth-latency': () => {
    const from = 'fairwater-10t';
    const to = 'fairwater-1p';
    const roundTrip = (preset: string) =>
      numberOutput(widgetRun(latencyWidget, renderLatency, latencyWidget.presetState(preset)).rendered, 'roundTripMs');
    const before = roundTrip(from);
    const after = roundTrip(to);
    const same = Math.abs(after - before) <= 1e-9 * before;
    return {
      question:
        'The presets {preset:fairwater-10t} and {preset:fairwater-1p} join the same two sites; only the link’s bandwidth differs. Moving to the wider link, what happens to the round trip between the sites?',
      prediction: {
        kind: 'choice',
        label: 'The round trip',
        options: [
          { value: 'shorter', label: 'Gets shorter' },
          { value: 'same', label: 'Stays the same' },
          { value: 'longer', label: 'Gets longer' },
        ],
      },
      run: widgetRun(latencyWidget, renderLatency, latencyWidget.presetState(to)),
      answerLabel: 'Round trip on the wider link',
      answer: computed(() => roundTrip(to), {
        unit: 'ms',
        sig: 2,
        how: 'Twice the route length over the speed of light in glass, for the wider link’s preset.',
        method: 'fiber-latency',
      }),
      answerChoice: same ? 'same' : after < before ? 'shorter' : 'longer',
      explanation:
        'Bandwidth is how many bytes the link carries each second; latency is how long the first byte takes to arrive. A wider link sends a large exchange sooner, but the round trip stays what the distance makes it. Switch between the two presets in the widget: the round trip does not move.',
      reasoning:
        'This is the misconception the session exists to undo: “more bandwidth fixes latency”. Use the image of a motorway: more lanes carry more cars an hour, not any single car faster. Then ask when each matters: a few large gradient exchanges per step are limited by bandwidth; many small messages, as in a pipeline, by latency.',
      section: 'why-milliseconds-matter',
      method: 'fiber-latency',
    };
  },
  'hidden-sync': () => {
    const preset = 'worked-example';
    const state = stepWidget.presetState(preset);
    return {
      question:
        'In the worked example, the gradients are sent in buckets while the backward pass is still running, so most of the exchange between the sites hides behind computation. What share of the whole training step is spent on communication that could not be hidden?',
      prediction: {
        kind: 'number',
        unit: '%',
        unitWord: 'percentage points',
        label: 'Share of the step not hidden',
        tolerance: { kind: 'absolute', within: 5 },
      },
      run: widgetRun(stepWidget, renderStep, state),
      answerLabel: 'Share of the step not hidden',
      answer: computed(
        () => {
          const s = simulateScenario(preset).summary;
          return (s.exposedCommS / s.stepTimeS) * 100;
        },
        {
          unit: '%',
          sig: 2,
          how: 'Communication time not overlapped with computation, over the simulated step time.',
          method: 'simulate-step',
        },
      ),
      explanation:
        'The step simulation lays out every micro-batch, bucket and transfer. Gradients of the last layers are ready first and travel while earlier layers still compute; only what is left when the computation ends shows in the step time. The larger idle share in the drawing is the pipeline bubble, not the network.',
      reasoning:
        'Most people predict a large share, because the exchange is terabytes over a long link. Point at the timeline: the bars of the exchange sit under the backward pass. Then turn off overlap in the widget and watch the share grow; turn the bandwidth down until overlap runs out. The lesson: what costs is the part that cannot hide, and good scheduling makes it small.',
      section: 'overlap-hiding-the-exchange',
      method: 'simulate-step',
    };
  },
  'distance-utilisation': () => {
    const base = utilisationWidget.presetState('worked-example');
    const state = { ...base, km: base.km * 4 };
    const run = () => widgetRun(utilisationWidget, renderUtilisation, state);
    return {
      question:
        'Move the two sites of the worked example much farther apart, to the distance in the setting below, with the same link. What model FLOPs utilisation does the training reach?',
      prediction: {
        kind: 'number',
        unit: '%',
        unitWord: 'percentage points',
        label: 'MFU at the new distance',
        tolerance: { kind: 'absolute', within: 3 },
      },
      run: run(),
      answerLabel: 'MFU at the new distance',
      answer: fromOutput(run, 'currentMfu', 100, {
        unit: '%',
        sig: 2,
        how: 'Model FLOPs per step over the step time times the peak of every GPU, at the new distance.',
        method: 'mfu',
      }),
      explanation:
        'Only data-parallel gradients cross between the sites here, a few large exchanges per step, and they hide behind the backward pass. A longer link adds its delay to each exchange once, not per message, so utilisation barely moves until the exchange no longer fits under the computation. The heat map shows where that edge lies.',
      reasoning:
        'Ask first what utilisation the worked example reaches at its own distance (the widget shows it with the reference at zero distance). Groups expect utilisation to fall in step with distance. It does not, for data parallel with overlap; it does for a pipeline split across the sites. Let them switch what crosses the WAN to see the difference.',
      section: 'when-overlap-runs-out',
      method: 'mfu',
    };
  },
  'talk-less': () => {
    const state = talklessWidget.presetState('worked-example');
    const run = () => widgetRun(talklessWidget, renderTalkless, state);
    return {
      question:
        'DiLoCo lets each site train on its own for many steps and then averages the models. Compared with synchronous data parallel on the same model and link, how many times fewer bytes per hour does it send over the WAN?',
      prediction: {
        kind: 'number',
        unit: '×',
        unitWord: 'times',
        label: 'Times fewer bytes per hour',
        tolerance: { kind: 'factor', factor: 3 },
      },
      run: run(),
      answerLabel: 'Times fewer bytes per hour',
      answer: computed(
        () => {
          const r = run().rendered;
          return numberOutput(r, 'dp.wanBytesPerHour') / numberOutput(r, 'diloco.wanBytesPerHour');
        },
        {
          unit: '×',
          sig: 2,
          how: 'WAN bytes per site per hour of synchronous data parallel over DiLoCo’s, on the same model, link and sites.',
          method: 'low-comm',
        },
      ),
      explanation:
        'Synchronous data parallel exchanges every gradient every step. DiLoCo exchanges the change in the weights once per many inner steps, and may send it in fewer bits per value. The saving is roughly the inner steps per sync times the compression; the widget lets you set both and see the bandwidth each schedule needs.',
      reasoning:
        'Have the room reason from the two knobs: inner steps between syncs and bits per value. The product is the saving, up to the step time changing. The catch, which the chapter discusses: the published quality results are for smaller models than this, and how far they carry is an open question.',
      section: 'let-replicas-drift-then-average',
      method: 'low-comm',
    };
  },
  'site-failure': () => {
    const base = failuresWidget.presetState('worked-example');
    const state = { ...base, ohours: 24 };
    const run = () => widgetRun(failuresWidget, renderFailures, state);
    const r = run();
    const policies = [
      { value: 'stall', label: 'Stall and restart' },
      { value: 'reduced-dp', label: 'Continue at reduced data parallelism' },
      { value: 'decoupled', label: 'Decoupled learners' },
    ] as const;
    const goodput = (rendered: typeof r.rendered, p: string) => numberOutput(rendered, `${p}Goodput`);
    const best = policies.reduce((a, b) => (goodput(r.rendered, b.value) > goodput(r.rendered, a.value) ? b : a));
    return {
      question:
        'During weeks of training on the worked example’s cluster, one site goes dark for the outage in the setting below, on top of the everyday GPU and network faults. Which policy keeps the most useful work?',
      prediction: { kind: 'choice', label: 'The policy with the most useful work', options: policies },
      run: r,
      answerLabel: 'Useful work of that policy',
      answer: computed(() => goodput(run().rendered, best.value) * 100, {
        unit: '%',
        sig: 3,
        how: 'Useful work over wall-clock time of the best policy, in one seeded run of faults and the outage.',
        method: 'failure-sim',
      }),
      answerChoice: best.value,
      explanation:
        'Stalling the whole job on every fault loses the work since the last checkpoint and waits for the restart, and an outage stops both sites. Continuing with fewer replicas keeps the healthy ones busy; decoupled learners go further and let each site train on while another is away. The widget plays the same faults against all three policies.',
      reasoning:
        'Ask why two sites could be worse than one: twice the places where something can break, and a job that waits for the slowest. Then why it could be better: a site outage need not stop the other. The answer depends on the fault rates and the checkpoint interval; let groups change the seed and the interval and see whether the ranking holds.',
      section: 'is-two-sites-better-or-worse-than-one',
      method: 'failure-sim',
    };
  },
};

const cache = new Map<ExerciseId, Exercise>();

export function exercise(id: ExerciseId): Exercise {
  const hit = cache.get(id);
  if (hit) return hit;
  const outline = EXERCISE_OUTLINES.find((o) => o.id === id);
  if (!outline) throw new Error(`workshop: no exercise "${id}"`);
  const made: Exercise = { ...outline, ...SPECS[id]() };
  cache.set(id, made);
  return made;
}

export const exercises = (): Exercise[] => EXERCISE_IDS.map(exercise);

export const exercisePath = (id: string) => `/workshop/exercises/${id}/`;
export const widgetStatePath = (ex: Pick<Exercise, 'run'>) =>
  `/widgets/${ex.run.widget}/${ex.run.query ? `?${ex.run.query}` : ''}`;

/** The question with each `{preset:<id>}` replaced by the preset's name from the data. */
export function questionText(ex: Pick<Exercise, 'question'>): string {
  return ex.question.replace(/\{preset:([a-z0-9-]+)\}/g, (_, id: string) => `“${menuLabelOf(scenarioById(id))}”`);
}

/** The preset's inputs as the widget lists them: the setting the handout and the page show. */
export const settingOf = (ex: Pick<Exercise, 'run'>): readonly RunValue[] => ex.run.rendered.run.inputs;

export { outputOf };
