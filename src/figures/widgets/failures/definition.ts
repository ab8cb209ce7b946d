/**
 * The failures widget's definition: everything but the DOM and the render, so the main-thread island
 * loads no engine or chart (the render runs in the worker; index.ts adds it for the server).
 */
import type { WidgetDefinition } from '../widget';
import { type failuresFields, failuresPresetState, failuresUrl } from './state';

export const failuresWidget: WidgetDefinition<typeof failuresFields> = {
  id: 'failures',
  title: 'Surviving failures',
  description:
    'Weeks of training on a chosen cluster under a seeded stream of faults at Llama 3’s rates, and a site outage if you want one: stall and restart, continue at reduced data parallelism, or decoupled DiLoCo-style learners, side by side, with the checkpoint interval against its Young/Daly optimum.',
  methods: [
    { anchor: 'failure-sim', label: 'The failure simulation and its three policies' },
    { anchor: 'young-daly', label: 'The Young/Daly checkpoint interval' },
    { anchor: 'goodput', label: 'Goodput under failures (Daly)' },
  ],
  url: failuresUrl,
  presetState: failuresPresetState,
};
