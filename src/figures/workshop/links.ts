/** Where an exercise sends its reader: the chapter section it teaches from, by heading id. */
import type { ExerciseOutline } from './exercise-ids';

export const chapterSectionPath = (ex: Pick<ExerciseOutline, 'chapter'> & { section: string }) =>
  `/chapters/${ex.chapter}/#${ex.section}`;
