/**
 * The talking-less widget's definition: everything but the DOM and the render, so the main-thread
 * island loads no engine or chart (the render runs in the worker; index.ts adds it for the server).
 */
import type { WidgetDefinition } from '../widget';
import { type talklessFields, talklessPresetState, talklessUrl } from './state';

export const talklessWidget: WidgetDefinition<typeof talklessFields> = {
  id: 'talkless',
  title: 'Talking less',
  description:
    'How many bytes cross the WAN each hour, and how much bandwidth keeps the GPUs 50, 90 or 99% busy, when sites synchronise every step (data parallel), every H steps (local SGD, DiLoCo) or in overlapped 4-bit fragments (streaming DiLoCo), at the distance and link you choose, with the published results checked against the same engine.',
  methods: [
    { anchor: 'low-comm', label: 'Low-communication schedules: bytes, utilisation and bandwidth needed' },
    { anchor: 'diloco', label: 'Local SGD and DiLoCo: one sync over the WAN (the training demo’s too)' },
    { anchor: 'streaming-diloco', label: 'Streaming DiLoCo: fragments, overlap, fewer bits' },
    { anchor: 'simulate-step', label: 'The step model (the inner step and data parallel’s overlap)' },
    { anchor: 'fiber-latency', label: 'Delay over the fibre' },
  ],
  url: talklessUrl,
  presetState: talklessPresetState,
};
