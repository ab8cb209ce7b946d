/**
 * The power widget's engine calls, each under the read tracker: what one site of the given IT power
 * holds (siteFromItPowerUnchecked) and one site against N sites for the preset's cluster
 * (siteSplitUnchecked). A figure the reader did not change is read from its record, so its badge is
 * the record's (Epoch AI's site estimates read as estimated); a changed one is the reader's.
 */
import { figureMidpoint } from '../../../lib/data/provenance';
import { untracked } from '../../../lib/data/read-tracker';
import { gpuSpec } from '../../../lib/sim/gpu';
import {
  gridConnectionMw,
  PARAMS,
  siteRacksFromItPowerUnchecked,
  siteSplitUnchecked,
} from '../../../lib/sim/unchecked';
import { sameNumber, scenarioById } from '../../../lib/widgets/presets';
import { combined, READER_SET, tracked } from '../../shared/provenance';
import { gpuMenuLabel } from '../memory/labels';
import { publishedBuildSpan } from './build-span';
import { POWER_SITES, type PowerState, powerPresetState, presetRunTokens, siteItPowerFigure, tokensOf } from './state';

export function powerRun(state: PowerState) {
  const preset = scenarioById(state.preset);
  const site = POWER_SITES.find((s) => s.id === state.site);
  const siteFigure = siteItPowerFigure(state.site);
  const tokensFigure = presetRunTokens(preset.id);
  const fromPreset = untracked(() => powerPresetState(preset.id));
  const mineMw =
    !siteFigure ||
    !sameNumber(
      state.mw,
      untracked(() => figureMidpoint(siteFigure)),
    );
  const minePue = !sameNumber(
    state.pue,
    untracked(() => PARAMS.pue),
  );
  const mineTokens =
    !tokensFigure ||
    !sameNumber(
      tokensOf(state),
      untracked(() => figureMidpoint(tokensFigure)),
    );
  const mineSplit = mineMw || minePue || mineTokens || state.gpu !== fromPreset.gpu || state.n !== fromPreset.n;

  const siteInput = () => ({
    itPowerMwPerSite: mineMw || !siteFigure ? state.mw : figureMidpoint(siteFigure),
    pue: minePue ? state.pue : undefined,
    gpu: state.gpu,
  });
  // Racks and GPUs read the site's IT power and the system, not the PUE; the grid connection reads both.
  const siteOnly = tracked(() => siteRacksFromItPowerUnchecked(siteInput()));
  const grid = tracked(() => gridConnectionMw(siteInput()));
  const split = tracked(() =>
    siteSplitUnchecked({
      ...siteInput(),
      scenario: preset.id,
      sites: Number(state.n),
      tokens: mineTokens || !tokensFigure ? tokensOf(state) : figureMidpoint(tokensFigure),
    }),
  );
  const build = tracked(() => publishedBuildSpan(site));
  return {
    preset,
    site,
    siteFigure,
    tokensFigure,
    gpuName: gpuMenuLabel(untracked(() => gpuSpec(state.gpu).name)),
    siteResult: siteOnly.value,
    siteProvenance:
      mineMw || state.gpu !== fromPreset.gpu ? combined(siteOnly.provenance, READER_SET) : siteOnly.provenance,
    gridMw: grid.value,
    gridProvenance: mineMw || minePue ? combined(grid.provenance, READER_SET) : grid.provenance,
    result: split.value,
    provenance: mineSplit ? combined(split.provenance, READER_SET) : split.provenance,
    build: build.value,
    buildProvenance: build.provenance,
    readerSet: { mw: mineMw, pue: minePue, tokens: mineTokens, split: mineSplit },
  };
}

export type PowerRun = ReturnType<typeof powerRun>;
