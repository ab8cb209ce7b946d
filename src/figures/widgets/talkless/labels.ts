/** Words for the schedules, shared by the chart, the tables, the controls and the summary. */
import type { LowCommMethod } from '../../../lib/sim/unchecked';

export const METHOD_KEYS = ['dp', 'lsgd', 'diloco', 'sdiloco'] as const;
export type MethodKey = (typeof METHOD_KEYS)[number];

export const METHOD_OF: Record<MethodKey, LowCommMethod> = {
  dp: 'data-parallel',
  lsgd: 'local-sgd',
  diloco: 'diloco',
  sdiloco: 'streaming-diloco',
};

export const METHOD_LABEL: Record<MethodKey, string> = {
  dp: 'Synchronous data parallel',
  lsgd: 'Local SGD',
  diloco: 'DiLoCo',
  sdiloco: 'Streaming DiLoCo',
};

/** The utilisations the widget asks the bandwidth for. */
export const TARGET_UTILISATIONS = [0.5, 0.9, 0.99] as const;
