/** Words for what crosses the WAN, shared by the controls, the readouts and the summary. */
import type { BuildCrossingKey } from './state';

export const CROSSING_LABEL: Record<BuildCrossingKey, string> = {
  dp: 'Data-parallel replicas (sync every step)',
  pp: 'A pipeline stage boundary',
  diloco: 'DiLoCo (sync every H inner steps)',
};

export const CROSSING_SHORT: Record<BuildCrossingKey, string> = {
  dp: 'data parallel',
  pp: 'pipeline',
  diloco: 'DiLoCo',
};

export const sitesWord = (n: number) => `${n} site${n === 1 ? '' : 's'}`;
