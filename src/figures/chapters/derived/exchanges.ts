/** Chapter 3, what training exchanges: the worked example's model state, FLOPs and step. */
import { stepBands, trainingFlopPerToken } from '../../../lib/sim';
import { computed, computedInWords } from '../derived-figure';
import * as sc from '../scenario';
import { hierarchical, hw } from './shared';

const memory = sc.modelStateMemory;

const stateBytes = () => {
  const m = memory();
  return m.weightsBytes + m.gradientsBytes + m.optimizerBytes;
};

export const exchangesFigures = {
  runWeightsBytes: () =>
    computed(() => memory().weightsBytes, {
      unit: 'B',
      as: 'GB',
      sig: 2,
      how: 'Parameters times two bytes (bf16).',
      method: 'memory',
    }),
  runModelStateBytes: () =>
    computed(stateBytes, {
      unit: 'B',
      as: 'TB',
      sig: 2,
      how: 'Weights, gradients and Adam state for every parameter.',
      method: 'memory',
    }),
  runGpusToHoldState: () =>
    computed(() => stateBytes() / hw('hbmBytes').value, {
      unit: 'GPUs',
      sig: 2,
      how: 'Model state divided by one GB200’s memory, before any activations.',
      method: 'memory',
    }),
  runFlopPerToken: () =>
    computedInWords(() => trainingFlopPerToken(sc.modelInput()), {
      unit: 'FLOP',
      sig: 2,
      how: '6 FLOPs per parameter per token plus attention.',
      method: 'transformer-flops',
    }),
  runStepFlop: () =>
    computedInWords(() => trainingFlopPerToken(sc.modelInput()) * sc.model().globalBatchTokens.value, {
      unit: 'FLOP',
      sig: 2,
      how: 'FLOPs per token times the tokens in one step’s batch.',
      method: 'transformer-flops',
    }),
  runSteps: () =>
    computedInWords(() => sc.model().tokens.value / sc.model().globalBatchTokens.value, {
      unit: 'steps',
      sig: 2,
      how: 'Training tokens divided by tokens per step.',
      method: 'training-run',
    }),
  scenarioStepS: () =>
    computed(() => sc.scenarioStep(1, sc.wanBandwidth().value).stepTimeS, {
      unit: 's',
      sig: 2,
      how: 'The engine’s step model for the published layout and interleaved schedule on GB200, one site.',
      method: 'analytic-step',
    }),
  scenarioStepRangeS: () =>
    computed(
      () => {
        const band = stepBands(sc.scenarioStep(1, sc.wanBandwidth().value)).stepTimeInterval;
        return { min: band.low, max: band.high };
      },
      {
        unit: 's',
        sig: 2,
        how: 'The step time divided by the most the engine has over- and underestimated published training runs, each predicted with a calibration fitted without it (leave-one-out).',
        method: 'training-run',
      },
    ),
  gradientBytes: () =>
    computed(() => hierarchical(sc.wanBandwidth().value).wanBytesPerSitePerDirection, {
      unit: 'B',
      as: 'GB',
      sig: 2,
      how: 'What each site sends over the WAN per all-reduce: one full fp32 copy of the gradient for two sites.',
      method: 'hierarchical-all-reduce',
    }),
};
