/**
 * The step widget's definition: everything but the DOM and the render, so the main-thread island
 * loads no engine or chart (the render runs in the worker; index.ts adds it for the server).
 */
import type { WidgetDefinition } from '../widget';
import { type stepFields, stepPresetState, stepUrl } from './state';

export const stepWidget: WidgetDefinition<typeof stepFields> = {
  id: 'step',
  title: 'A training step, drawn',
  description:
    'One training step across two sites, stage by stage: compute, idle bubbles, gradient collectives inside each site and over the WAN. Change the distance, the bandwidth, the overlap and what crosses the WAN.',
  methods: [
    { anchor: 'simulate-step', label: 'The step timeline (simulateStep)' },
    { anchor: 'hierarchical-all-reduce', label: 'Gradients across sites (hierarchical all-reduce)' },
    { anchor: 'pipeline-bubble', label: 'The pipeline bubble' },
    { anchor: 'mfu', label: 'Model FLOPs utilisation (MFU)' },
  ],
  url: stepUrl,
  presetState: stepPresetState,
};
