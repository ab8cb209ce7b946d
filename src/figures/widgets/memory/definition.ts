/**
 * The memory widget's definition: everything but the DOM and the render, so the main-thread island
 * loads no engine or chart (the render runs in the worker; index.ts adds it for the server).
 */
import type { WidgetDefinition } from '../widget';
import { type memoryFields, memoryPresetState, memoryUrl } from './state';

export const memoryWidget: WidgetDefinition<typeof memoryFields> = {
  id: 'memory',
  title: 'Memory and the split',
  description:
    'What one GPU must hold to train a model: weights, gradients, optimizer state and activations, with the states sharded or not (ZeRO-1, 2, 3) and with or without recomputation, against its memory. Find the smallest tensor × pipeline split that fits, and the exchanges that split creates.',
  methods: [
    { anchor: 'memory', label: 'Memory per GPU (ZeRO, activations, recomputation)' },
    { anchor: 'memory-split', label: 'The smallest split that fits, and what each split exchanges' },
    { anchor: 'pipeline-bubble', label: 'The pipeline bubble' },
  ],
  url: memoryUrl,
  presetState: memoryPresetState,
};
