/**
 * The workshop's eight exercises, in teaching order: the one list the guide, the exercise pages, the
 * presenter's slides and the handout read, so an exercise renamed or reordered changes everywhere.
 * Each names the chapter it teaches from and the widget it opens; the question, prediction and
 * engine-computed reveal live in `exercises.ts`.
 */
export const EXERCISE_IDS = [
  'power-sites',
  'memory-fit',
  'light-in-fibre',
  'bandwidth-latency',
  'hidden-sync',
  'distance-utilisation',
  'talk-less',
  'site-failure',
] as const;
export type ExerciseId = (typeof EXERCISE_IDS)[number];

export interface ExerciseOutline {
  id: ExerciseId;
  /** A short title for agendas, slides and the handout. */
  title: string;
  /** Chapter slug under /chapters/. */
  chapter: string;
  /** Widget id under /widgets/. */
  widget: 'power' | 'memory' | 'latency' | 'step' | 'utilisation' | 'talkless' | 'failures' | 'build';
}

export const EXERCISE_OUTLINES: readonly ExerciseOutline[] = [
  { id: 'power-sites', title: 'How many GPUs in a building?', chapter: 'why-not-one-building', widget: 'power' },
  { id: 'memory-fit', title: 'Does the model fit?', chapter: 'what-training-exchanges', widget: 'memory' },
  { id: 'light-in-fibre', title: 'Light in fibre', chapter: 'what-distance-costs', widget: 'latency' },
  { id: 'bandwidth-latency', title: 'Does bandwidth fix latency?', chapter: 'what-distance-costs', widget: 'latency' },
  { id: 'hidden-sync', title: 'How much of the sync is hidden?', chapter: 'bandwidth-and-the-wan', widget: 'step' },
  { id: 'distance-utilisation', title: 'Farther apart', chapter: 'bandwidth-and-the-wan', widget: 'utilisation' },
  { id: 'talk-less', title: 'Talking less', chapter: 'talking-less', widget: 'talkless' },
  { id: 'site-failure', title: 'When a site fails', chapter: 'when-something-breaks', widget: 'failures' },
];
