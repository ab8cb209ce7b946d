/**
 * The build-your-own widget's definition: everything but the DOM and the render, so the main-thread
 * island loads no engine (the render runs in the worker; index.ts adds it for the server).
 */
import type { WidgetDefinition } from '../widget';
import { type buildFields, buildPresetState, buildUrl } from './state';

export const buildWidget: WidgetDefinition<typeof buildFields> = {
  id: 'build',
  title: 'Build your own superfactory',
  description:
    'Place up to eight sites, from our data or anywhere you like, join them with links of your choosing, pick a model, a token budget and what crosses the WAN, and see time to train, energy, utilisation and WAN traffic beside the same power in one site.',
  methods: [
    { anchor: 'superfactory-build', label: 'Your build against one site (superfactoryBuild)' },
    { anchor: 'great-circle', label: 'Great-circle distance' },
    { anchor: 'fiber-latency', label: 'Light in fibre and the route factor' },
    { anchor: 'hierarchical-all-reduce', label: 'The all-reduce across sites' },
    { anchor: 'simulate-step', label: 'One training step, simulated' },
  ],
  url: buildUrl,
  presetState: buildPresetState,
};
