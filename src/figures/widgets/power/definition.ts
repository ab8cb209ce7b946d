/**
 * The power widget's definition: everything but the DOM and the render, so the main-thread island
 * loads no engine or chart (the render runs in the worker; index.ts adds it for the server).
 */
import type { WidgetDefinition } from '../widget';
import { type powerFields, powerPresetState, powerUrl } from './state';

export const powerWidget: WidgetDefinition<typeof powerFields> = {
  id: 'power',
  title: 'Power and sites',
  description:
    'What a site’s power buys: its grid connection, racks, GPUs and FLOP/s for a chosen system; how many such sites a cluster needs; and one site holding the whole cluster against the same cluster split over several sites, with the time to train and the utilisation the WAN costs.',
  methods: [
    { anchor: 'power', label: 'From site power to racks, GPUs and FLOP/s' },
    { anchor: 'site-split', label: 'One site against N sites: grid connection, days to train, utilisation lost' },
    { anchor: 'analytic-step', label: 'The analytic step' },
  ],
  url: powerUrl,
  presetState: powerPresetState,
};
