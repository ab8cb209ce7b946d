/**
 * The build widget's engine call: the reader's sites, links, crossing and token budget through
 * superfactoryBuildUnchecked, with the provenance of everything it read (site locations, the preset,
 * the fibre figures). Anything the reader moved away from the preset makes the result theirs.
 */
import { untracked } from '../../../lib/data/read-tracker';
import { convert } from '../../../lib/format/units';
import {
  type BuildCrossing,
  defaultRouteFactor,
  ringLinks,
  superfactoryBuildUnchecked,
} from '../../../lib/sim/unchecked';
import { scenarioById } from '../../../lib/widgets/presets';
import { combined, READER_SET, tracked } from '../../shared/provenance';
import { buildSites } from './sites';
import { type BuildCrossingKey, type BuildState, buildPresetState, buildUrl, linkKey, TOKENS_PER_T } from './state';

export const CROSSING_OF: Record<BuildCrossingKey, BuildCrossing> = {
  dp: 'data-parallel',
  pp: 'pipeline',
  diloco: 'diloco',
};

export function buildRun(state: BuildState) {
  const preset = scenarioById(state.preset);
  const fromPreset = untracked(() => buildPresetState(preset.id));
  const readerSet = buildUrl.serialize(state) !== buildUrl.serialize(fromPreset);
  const rfIsDefault = untracked(() => state.rf === defaultRouteFactor());
  const { value, provenance } = tracked(() => {
    const sites = buildSites(state);
    // Left at the data's default, the route factor is that figure (and its source); moved, the reader's.
    const routeFactor = rfIsDefault ? defaultRouteFactor() : state.rf;
    const links = ringLinks(sites.length).map((_, i) => ({
      routeFactor,
      bandwidthBytesPerS: convert(state[linkKey(i + 1)], 'Tbit/s', 'B/s'),
    }));
    const result = superfactoryBuildUnchecked({
      scenarioId: preset.id,
      sites,
      links,
      crossing: CROSSING_OF[state.x],
      innerStepsPerSync: state.h,
      tokens: state.tok * TOKENS_PER_T,
    });
    return { sites, result };
  });
  const { status, sources } = readerSet ? combined(provenance, READER_SET) : provenance;
  return { preset, ...value, readerSet, status, sources };
}

export type BuildRun = ReturnType<typeof buildRun>;
