/** The training demo's definition: everything but the DOM. */
import type { WidgetDefinition } from '../widget';
import { renderTrainWidget, TRAIN_TITLE } from './model';
import { type trainFields, trainPresetState, trainUrl } from './state';

export const trainWidget: WidgetDefinition<typeof trainFields> = {
  id: 'train',
  title: TRAIN_TITLE,
  description:
    'A small character-level language model trained for real in your browser, its replicas spread over 2 to 8 simulated sites: synchronous data parallel, local SGD, DiLoCo, streaming DiLoCo and asynchronous updates at equal tokens, on the clock of the chosen system and its WAN.',
  methods: [
    { anchor: 'diloco', label: 'Local SGD and DiLoCo: syncing every H steps' },
    { anchor: 'streaming-diloco', label: 'Streaming DiLoCo: fragments, overlap, 4-bit' },
    { anchor: 'hierarchical-all-reduce', label: 'An exchange across sites (hierarchical all-reduce)' },
    { anchor: 'simulate-step', label: 'The inner step (simulateStep)' },
  ],
  url: trainUrl,
  presetState: trainPresetState,
};

export const renderWidgetModel = renderTrainWidget;
export { curveDigest } from './model';
export { type TrainState, trainUrl } from './state';
