/** Chapter 8, growing the superfactory: the two Fairwater sites together. */
import { computed } from '../derived-figure';
import { data } from '../inputs';
import { atlantaIt } from './shared';

export const growthFigures = {
  fairwaterItTotalMw: () =>
    computed(() => atlantaIt().value + data('sites.fairwater-wisconsin.itPowerMw').value, {
      unit: 'MW',
      sig: 2,
      how: 'Latest IT power estimates of the two Fairwater sites, added.',
      method: 'power',
    }),
};
