/**
 * The latency widget's definition: everything but the DOM and the render, so the main-thread island
 * loads no engine or chart (the render runs in the worker; index.ts adds it for the server).
 */
import type { WidgetDefinition } from '../widget';
import { type latencyFields, latencyPresetState, latencyUrl } from './state';

export const latencyWidget: WidgetDefinition<typeof latencyFields> = {
  id: 'latency',
  title: 'Distance and latency',
  description:
    'Pick two places and see how long light takes to cross the fibre between them, set against the time scales inside a rack, a hall and a training step.',
  methods: [
    { anchor: 'great-circle', label: 'Great-circle distance (greatCircleKm)' },
    { anchor: 'fiber-latency', label: 'Light in fibre and the route factor (fiberLatencyMs)' },
    { anchor: 'analytic-step', label: 'Time of one training step (analyticStep)' },
  ],
  url: latencyUrl,
  presetState: latencyPresetState,
};
