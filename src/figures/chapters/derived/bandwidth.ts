/** Chapter 5, bandwidth and the WAN: the worked example split between the two sites. */
import { figureMidpoint } from '../../../lib/data';
import { expertParams, moeSchema, transformerSchema } from '../../../lib/sim';
import { computed, computedInWords } from '../derived-figure';
import { data, param, run } from '../inputs';
import * as sc from '../scenario';
import { hierarchical, hw, range, siteFlopPerS } from './shared';

const twoSiteStep = () => sc.scenarioStep(2, sc.wanBandwidth().value);
const pipelineAcrossStep = () => sc.scenarioStep(2, sc.wanBandwidth().value, 'pipeline');

/** The mixture-of-experts example: DeepSeek-V3 as published (runs.json). */
const MOE_RUN = 'deepseek-v3';
const moeRun = (field: string) => data(`runs.${MOE_RUN}.${field}`);
const moeParamsOverActive = () => moeRun('params').value / moeRun('activeParams').value;

/** Per-site batch above which the fp32 gradient exchange hides behind a dense model's backward pass. */
const denseCriticalBatchTokens = () =>
  // Backward ≈ 4N FLOP per token hides an exchange of N·wire bytes when 4N·T/F ≥ N·wire/B.
  (param('gradWireBytesPerValue').value * siteFlopPerS()) / (4 * sc.wanBandwidth().value);

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
    computedInWords(denseCriticalBatchTokens, {
      unit: 'tokens',
      sig: 2,
      how: 'Per-site batch above which the WAN exchange hides behind the backward pass (about 4 FLOP per parameter per token): bytes per gradient value times site FLOP/s over four times the WAN bandwidth (fp32, two sites).',
      method: 'hierarchical-all-reduce',
    }),
  moeParamsOverActive: () =>
    computed(moeParamsOverActive, {
      unit: '×',
      sig: 2,
      how: 'DeepSeek-V3’s total parameters (what its gradient holds) over the parameters each token uses (what its compute follows).',
      method: 'expert-all-to-all',
    }),
  moeExpertSharePercent: () =>
    computed(
      () => {
        const model = transformerSchema.parse({
          params: moeRun('params').value,
          activeParams: moeRun('activeParams').value,
          layers: moeRun('layers').value,
          hidden: moeRun('hidden').value,
          seqLen: moeRun('seqLen').value,
          globalBatchTokens: moeRun('globalBatchTokens').value,
        });
        const routing = run(MOE_RUN).moe;
        if (!routing) throw new Error(`runs.json: ${MOE_RUN} has no moe record`);
        const moe = moeSchema.parse({
          experts: figureMidpoint(routing.experts),
          activeExperts: figureMidpoint(routing.activeExperts),
        });
        return (100 * expertParams(model, moe)) / model.params;
      },
      {
        unit: '%',
        sig: 2,
        how: 'Share of DeepSeek-V3’s parameters that sit in routed experts: (P − A)/(1 − k/E) over P.',
        method: 'expert-all-to-all',
      },
    ),
  moeCriticalBatchTokensPerSite: () =>
    // The gradient follows the total parameters P, the backward pass the active ones A: P/A more to hide.
    computedInWords(() => denseCriticalBatchTokens() * moeParamsOverActive(), {
      unit: 'tokens',
      sig: 2,
      how: 'The dense threshold times DeepSeek-V3’s total over active parameters: its fp32 gradient counts every parameter, its backward pass only the active ones.',
      method: 'expert-all-to-all',
    }),
  pipelineAcrossStepS: () =>
    computed(() => pipelineAcrossStep().stepTimeS, {
      unit: 's',
      sig: 2,
      how: 'The engine’s step model with each replica’s pipeline cut in two, half its stages in each site, activations crossing the WAN.',
      method: 'analytic-step',
    }),
  pipelineAcrossSlowdownPercent: () =>
    computed(
      () => {
        const one = sc.scenarioStep(1, sc.wanBandwidth().value).stepTimeS;
        return (100 * (pipelineAcrossStep().stepTimeS - one)) / one;
      },
      {
        unit: '%',
        sig: 2,
        how: 'Extra step time of the pipeline-across-sites layout over the same GPUs in one site.',
        method: 'analytic-step',
      },
    ),
  pipelineAcrossWanBytesPerStep: () =>
    computed(() => pipelineAcrossStep().wanBytes, {
      unit: 'B',
      as: 'TB',
      sig: 2,
      how: 'Bytes the step model sends over the WAN per step with the pipeline cut between the sites: activations forward, their gradients back, for every micro-batch of every replica.',
      method: 'analytic-step',
    }),
};
