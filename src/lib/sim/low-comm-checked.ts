/** The checked entry of "bandwidth for a utilisation under a schedule": parses, then runs low-comm.ts. */
import { z } from 'zod';
import { lowCommSchema } from './diloco';
import {
  bandwidthForUtilisationUnchecked,
  LOW_COMM_METHODS,
  type LowCommMethod,
  withSitesLikeTheFirst as withSitesUnchecked,
} from './low-comm';
import { boundedInt, parseInput } from './schemas';
import { parseStepConfig, type StepConfigInput } from './step-checked';

export { LOW_COMM_METHODS, type LowCommMethod };

const scheduleSchema = lowCommSchema.pick({
  method: true,
  bytesPerValue: true,
  innerStepsPerSync: true,
  fragments: true,
  overlapSteps: true,
  targetUtilisation: true,
});

/** Bandwidth per direction keeping compute utilisation at `targetUtilisation`; null when none does. */
export function bandwidthForUtilisation(step: StepConfigInput, o: z.input<typeof scheduleSchema>): number | null {
  parseStepConfig(step, 'bandwidthForUtilisation');
  const x = parseInput(scheduleSchema, o, 'bandwidthForUtilisation');
  return bandwidthForUtilisationUnchecked(step, x, x.targetUtilisation);
}

export function withSitesLikeTheFirst(step: StepConfigInput, sites: number): StepConfigInput {
  const k = parseInput(z.object({ sites: boundedInt(1, 64) }), { sites }, 'withSitesLikeTheFirst').sites;
  return parseStepConfig(
    withSitesUnchecked(parseStepConfig(step, 'withSitesLikeTheFirst'), k),
    'withSitesLikeTheFirst',
  );
}
