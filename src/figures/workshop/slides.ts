/**
 * Every slide the presenter view can show, by id. A slide never holds the article's words or figures:
 * it names what to transclude (a chapter section by its heading id, a figure by its id, a widget at a
 * preset) and carries only the speaker's notes, which are ours and hold no figures.
 */
import { EXERCISE_OUTLINES, type ExerciseId, type ExerciseOutline } from './exercise-ids';

export type WorkshopWidgetId = ExerciseOutline['widget'];

export type SlideSource =
  /** A title card in the facilitator's words (opening, questions). */
  | { kind: 'title'; heading: string; lines: readonly string[] }
  /** A chapter section: from the heading with this id to the next heading of its level. */
  | { kind: 'section'; chapter: string; heading: string }
  /** A chapter figure by its `<Figure id>`. */
  | { kind: 'figure'; chapter: string; figure: string }
  /** A widget's build-time picture at a scenario preset; the link opens the live widget there. */
  | { kind: 'widget'; widget: WorkshopWidgetId; preset: string }
  /** An exercise: the link opens its predict-lock-run page on the participants' phones. */
  | { kind: 'exercise'; exercise: ExerciseId };

export interface SlideSpec {
  id: string;
  source: SlideSource;
  /** Speaker notes: what to say and ask, in a sentence or three. */
  notes: string;
}

const exercise = (id: ExerciseId, notes: string): SlideSpec => ({
  id: `exercise-${id}`,
  source: { kind: 'exercise', exercise: id },
  notes,
});

export const SLIDES: readonly SlideSpec[] = [
  {
    id: 'welcome',
    source: {
      kind: 'title',
      heading: 'One model, two buildings, and the fibre between them',
      lines: ['Scan the code to follow on your phone.', 'Predict first, then run the model, then explain.'],
    },
    notes:
      'Introduce yourself and the plan: short explanations, then exercises where everyone commits to a prediction before the reveal. Ask who has trained a model, and who has run a network.',
  },
  {
    id: 'why-one-building',
    source: { kind: 'section', chapter: 'what-is-a-superfactory', heading: 'why-one-building-is-no-longer-enough' },
    notes:
      'Set the question of the session: why would anyone split one training run over distant sites? Let the room guess before reading on.',
  },
  {
    id: 'fairwater-power',
    source: { kind: 'figure', chapter: 'why-not-one-building', figure: 'fig-fairwater-power' },
    notes:
      'Point at the grid connection, not the chips: power is what runs out first. Ask what a town of that size would draw.',
  },
  {
    id: 'widget-power',
    source: { kind: 'widget', widget: 'power', preset: 'worked-example' },
    notes: 'Show how a site of a given power turns into racks and GPUs, and how many such sites the cluster needs.',
  },
  exercise('power-sites', 'Give two minutes to predict on phones. Reveal only once most have locked.'),
  {
    id: 'model-state',
    source: { kind: 'figure', chapter: 'what-training-exchanges', figure: 'fig-model-state' },
    notes: 'Walk through the four kinds of data and which of them must cross the sites every step.',
  },
  exercise('memory-fit', 'Most people guess the weights alone; the optimizer state is the surprise.'),
  {
    id: 'light-in-glass',
    source: { kind: 'section', chapter: 'what-distance-costs', heading: 'light-in-glass' },
    notes:
      'Light in glass is slower than in vacuum, and routes are longer than lines. No engineering removes this floor.',
  },
  {
    id: 'widget-latency',
    source: { kind: 'widget', widget: 'latency', preset: 'worked-example' },
    notes: 'Open the latency widget at the worked example; move one end to a city the room knows.',
  },
  exercise('light-in-fibre', 'Ask for a round-trip guess in milliseconds before anyone opens the widget.'),
  {
    id: 'waits',
    source: { kind: 'figure', chapter: 'what-distance-costs', figure: 'fig-waits' },
    notes: 'Many waits in a row are what hurt: the ring pays the delay once per step of the ring, the hierarchy once.',
  },
  exercise(
    'bandwidth-latency',
    'The misconception to dispel: a wider pipe does not make the first byte arrive sooner.',
  ),
  {
    id: 'overlap',
    source: { kind: 'figure', chapter: 'bandwidth-and-the-wan', figure: 'fig-step-timeline' },
    notes: 'The exchange can run while the backward pass still computes; only what sticks out past it costs time.',
  },
  {
    id: 'widget-utilisation',
    source: { kind: 'widget', widget: 'utilisation', preset: 'fairwater-10t' },
    notes:
      'A slower link than the worked example: show how much link each distance needs before the exchange stops hiding behind compute.',
  },
  exercise('hidden-sync', 'Ask what share of the exchange is hidden; then turn overlap off and compare.'),
  exercise(
    'distance-utilisation',
    'Predict the utilisation at a greater distance; the answer depends on the link as much as on the kilometres.',
  ),
  {
    id: 'drift-then-average',
    source: { kind: 'section', chapter: 'talking-less', heading: 'let-replicas-drift-then-average' },
    notes: 'Instead of a faster link, talk less: each site trains alone for a while, then they average.',
  },
  {
    id: 'low-comm',
    source: { kind: 'figure', chapter: 'talking-less', figure: 'fig-low-comm' },
    notes:
      'Compare the schedules by the link each one needs; stress that the quality cost comes from published runs, not from our model.',
  },
  exercise('talk-less', 'Ask how much less traffic the room expects; most guess too little.'),
  {
    id: 'goodput',
    source: { kind: 'figure', chapter: 'when-something-breaks', figure: 'fig-goodput' },
    notes: 'Failures grow with the number of parts; checkpoints trade lost work against time spent saving.',
  },
  exercise(
    'site-failure',
    'Ask whether two sites are safer or riskier than one; let both camps argue before the reveal.',
  ),
  {
    id: 'what-to-watch',
    source: { kind: 'section', chapter: 'growing-the-superfactory', heading: 'what-to-watch' },
    notes:
      'Close on what is still unknown, and ask the room how far apart the sites could be before the split stops paying.',
  },
  {
    id: 'questions',
    source: {
      kind: 'title',
      heading: 'Questions',
      lines: [
        'Every figure links to its source and its formula on the methods page.',
        'Found an error? Each chapter says how to report it.',
      ],
    },
    notes: 'Take questions; point people to the handout and the methods page for the formulas.',
  },
];

export function slideById(id: string): SlideSpec {
  const slide = SLIDES.find((s) => s.id === id);
  if (!slide) throw new Error(`No slide "${id}"; slides are: ${SLIDES.map((s) => s.id).join(', ')}`);
  return slide;
}

export function exerciseOutline(id: ExerciseId): ExerciseOutline {
  const outline = EXERCISE_OUTLINES.find((e) => e.id === id);
  if (!outline) throw new Error(`No exercise "${id}"`);
  return outline;
}
