/**
 * The published low-communication results and the scenario's schedule with their papers, as plain JSON
 * written at build time (build.ts `lowCommJson`; payload.test.ts holds it equal to a fresh build). A
 * file of its own, so only the talking-less widget's worker carries it.
 */
import type { Figure } from '../data/provenance';
import type { LOW_COMM_FIGURES, LOW_COMM_SCHEDULE } from './build';
// Named imports: the bundler keeps only the keys a chunk reads (the worker reads the schedule alone).
import { figures, schedule, sources } from './low-comm.json';

export interface LowCommPayload {
  schedule: Record<keyof typeof LOW_COMM_SCHEDULE, Figure>;
  figures: Record<(typeof LOW_COMM_FIGURES)[number] | 'intellectParams', Figure>;
  sources: Record<string, { publisher: string; date: string; url: string }>;
}

// The test holds this cast true: low-comm.json equals lowCommJson(), whose types are the schemas'.
export const lowComm = { figures, sources } as unknown as Pick<LowCommPayload, 'figures' | 'sources'>;
export const lowCommSchedule = schedule as unknown as LowCommPayload['schedule'];
