/**
 * The utilisation widget's definition: everything but the DOM and the render, so the main-thread island
 * loads no engine or chart (the render runs in the worker; index.ts adds it for the server).
 */
import type { WidgetDefinition } from '../widget';
import { type utilisationFields, utilisationPresetState, utilisationUrl } from './state';

export const utilisationWidget: WidgetDefinition<typeof utilisationFields> = {
  id: 'utilisation',
  title: 'Distance and bandwidth against utilisation',
  description:
    'How much of the GPUs’ peak a two-site run keeps (MFU) as the sites move apart and the WAN narrows, and how much bandwidth keeps the loss small.',
  methods: [
    { anchor: 'analytic-step', label: 'The fast step model (analyticStep)' },
    { anchor: 'bandwidth-for-target', label: 'Solving for the bandwidth (bisection on analyticStep)' },
    { anchor: 'hierarchical-all-reduce', label: 'Gradients across sites (hierarchical all-reduce)' },
    { anchor: 'mfu', label: 'Model FLOPs utilisation (MFU)' },
  ],
  url: utilisationUrl,
  presetState: utilisationPresetState,
};
