/** Chapter 5, bandwidth and the WAN: the worked example split between the two sites. */
import { computed, computedInWords } from '../derived-figure';
import { param } from '../inputs';
import * as sc from '../scenario';
import { hierarchical, hw, range, siteFlopPerS } from './shared';

const twoSiteStep = () => sc.scenarioStep(2, sc.wanBandwidth().value);

export const bandwidthFigures = {
  twoSiteStepS: () =>
    computed(() => twoSiteStep().stepTimeS, {
      unit: 's',
      sig: 2,
      how: 'The engine’s step model with data-parallel replicas split between the two sites.',
      method: 'analytic-step',
    }),
  twoSiteSlowdownPercent: () =>
    computed(
      () => {
        const one = sc.scenarioStep(1, sc.wanBandwidth().value).stepTimeS;
        return (100 * (twoSiteStep().stepTimeS - one)) / one;
      },
      {
        unit: '%',
        sig: 1,
        how: 'Extra step time of the two-site layout over the same GPUs in one site.',
        method: 'analytic-step',
      },
    ),
  wanBytesPerStep: () =>
    computed(() => twoSiteStep().wanBytes, {
      unit: 'B',
      as: 'TB',
      sig: 2,
      how: 'Bytes the step model sends over the WAN per step, both directions.',
      method: 'analytic-step',
    }),
  gradientWanMs: () =>
    computed(() => 1000 * hierarchical(sc.wanBandwidth().value).wanAllReduceS, {
      unit: 'ms',
      sig: 2,
      how: 'Cross-site phase of a hierarchical all-reduce of the fp32 gradient: transfer plus one one-way delay (both sites send at once).',
      method: 'hierarchical-all-reduce',
    }),
  gradientFiberPairS: () =>
    computed(
      () => {
        const r = range(sc.fiberPairBandwidth());
        return { min: hierarchical(r.max).wanAllReduceS, max: hierarchical(r.min).wanAllReduceS };
      },
      {
        unit: 's',
        sig: 2,
        how: 'The same exchange over a single fibre pair of today’s optics.',
        method: 'hierarchical-all-reduce',
      },
    ),
  wanPerGpuBytesPerS: () =>
    computed(() => sc.wanBandwidth().value / sc.gpusPerSite().value, {
      unit: 'B/s',
      as: 'GB/s',
      sig: 2,
      how: 'WAN capacity shared by every GPU of one site.',
      method: 'hierarchical-all-reduce',
    }),
  nvlinkOverWanPerGpu: () =>
    computed(() => hw('scaleUpBytesPerS').value / (sc.wanBandwidth().value / sc.gpusPerSite().value), {
      unit: '×',
      sig: 2,
      how: 'NVLink bandwidth per GPU divided by the WAN share per GPU.',
      method: 'hierarchical-all-reduce',
    }),
  criticalBatchTokensPerSite: () =>
    // Backward ≈ 4N FLOP per token hides an exchange of N·wire bytes when 4N·T/F ≥ N·wire/B.
    computedInWords(() => (param('gradWireBytesPerValue').value * siteFlopPerS()) / (4 * sc.wanBandwidth().value), {
      unit: 'tokens',
      sig: 2,
      how: 'Per-site batch above which the WAN exchange hides behind the backward pass (about 4 FLOP per parameter per token): bytes per gradient value times site FLOP/s over four times the WAN bandwidth (fp32, two sites).',
      method: 'hierarchical-all-reduce',
    }),
};
