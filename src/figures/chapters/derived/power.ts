/** Chapter 2, why not one building: the Fairwater sites' power and what it buys. */
import { siteCompute } from '../../../lib/sim';
import { computed, computedInWords } from '../derived-figure';
import { data, param } from '../inputs';
import * as sc from '../scenario';
import { atlantaIt, range } from './shared';

export const powerFigures = {
  atlantaItGrowth: () =>
    computed(() => atlantaIt().value / data('sites.fairwater-atlanta.itPowerMw', '2025-10').value, {
      unit: '×',
      sig: 2,
      how: 'Latest estimate of Atlanta’s IT power divided by the first.',
      method: 'power',
    }),
  atlantaFacilityMw: () =>
    computed(
      () => {
        const it = atlantaIt().value;
        const pue = range(param('pue'));
        return { min: it * pue.min, max: it * pue.max };
      },
      {
        unit: 'MW',
        sig: 2,
        how: 'IT power times a power usage effectiveness between its low and high values.',
        method: 'power',
      },
    ),
  atlantaGpusFromPower: () =>
    computedInWords(
      // The estimate is of IT power already: a PUE of 1 hands it to the engine unchanged.
      () => siteCompute({ facilityPowerMw: atlantaIt().value, pue: 1, gpu: sc.SCENARIO_GPU }).gpus,
      {
        unit: 'GPUs',
        sig: 2,
        how: 'Whole 72-GPU racks at Fairwater’s rack power that fit in the estimated IT power.',
        method: 'power',
      },
    ),
  atlantaRacksPerRow: () =>
    computed(
      () => data('sites.fairwater-atlanta.rowPowerKw').value / data('sites.fairwater-atlanta.rackPowerKw').value,
      { unit: 'racks', sig: 2, how: 'Power per row divided by power per rack.', method: 'power' },
    ),
  wisconsinProjectedGrowth: () =>
    computed(
      () =>
        data('sites.fairwater-wisconsin.projectedItPowerMw').value / data('sites.fairwater-wisconsin.itPowerMw').value,
      {
        unit: '×',
        sig: 2,
        how: 'Projected IT power of the expanded campus divided by today’s.',
        method: 'power',
      },
    ),
};
