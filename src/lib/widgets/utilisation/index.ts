/** The utilisation widget's definition: everything but the DOM. */
import type { WidgetDefinition } from '../widget';
import { renderUtilisationWidget } from './model';
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

/** The pure view model, fuzzed in Node and rendered at build time (the sweep runs inline there). */
export const renderWidgetModel = renderUtilisationWidget;
export { type UtilisationState, utilisationUrl } from './state';
