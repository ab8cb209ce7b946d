/**
 * Hostile URLs against every widget: URL parsing and the build-time render must never throw and must
 * never put NaN, Infinity, undefined or null on screen. Seeded, so a failure reproduces.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FORBIDDEN_ON_SCREEN } from '../shared/text-summary';
import * as build from './build';
import * as failures from './failures';
import * as latency from './latency';
import * as memory from './memory';
import * as power from './power';
import * as step from './step';
import * as talkless from './talkless';
import * as train from './train';
import * as utilisation from './utilisation';

const widgets = [
  {
    id: 'latency',
    url: latency.latencyUrl,
    render: latency.renderWidgetModel,
    keys: ['preset', 'a', 'b', 'pa', 'pb', 'rf'],
  },
  {
    id: 'memory',
    url: memory.memoryUrl,
    render: memory.renderWidgetModel,
    keys: ['preset', 'gpu', 'tp', 'pp', 'mbs', 'zero', 'rc'],
  },
  { id: 'step', url: step.stepUrl, render: step.renderWidgetModel, keys: ['preset', 'km', 'bw', 'overlap', 'cross'] },
  {
    id: 'utilisation',
    url: utilisation.utilisationUrl,
    render: utilisation.renderWidgetModel,
    keys: ['preset', 'km', 'bw', 'loss', 'view', 'cross'],
  },
  {
    id: 'train',
    url: train.trainUrl,
    render: (s: train.TrainState) => train.renderWidgetModel(s),
    keys: ['preset', 'km', 'bw', 'dp', 'diloco', 'h', 'sites', 'replicas', 'steps', 'lr', 'olr', 'seed', 'iid', 'q4'],
  },
  {
    id: 'power',
    url: power.powerUrl,
    render: power.renderWidgetModel,
    keys: ['preset', 'site', 'mw', 'pue', 'gpu', 'n', 'tt'],
  },
  {
    id: 'failures',
    url: failures.failuresUrl,
    render: failures.renderWidgetModel,
    keys: ['preset', 'gpu', 'gpus', 'days', 'ckpt', 'lps', 'oday', 'ohours', 'seed'],
  },
  {
    id: 'build',
    url: build.buildUrl,
    render: build.renderWidgetModel,
    keys: ['preset', 'n', 's1', 's2', 's3', 's8', 'b1', 'b2', 'b8', 'rf', 'x', 'h', 'tok'],
  },
  {
    id: 'talkless',
    url: talkless.talklessUrl,
    render: talkless.renderWidgetModel,
    keys: ['preset', 'km', 'bw', 'method', 'h', 'frag', 'ov', 'bits', 'sites'],
  },
] as const;

const hostileValue = fc.oneof(
  fc.constantFrom('NaN', 'Infinity', '-Infinity', '-1', '1e308', '-0', '0x10', '', ' ', '__proto__', 'constructor'),
  fc.constantFrom(
    '99999999999999999999',
    '-99999999999',
    '1.5',
    '0.0001',
    '5000',
    '10000',
    'fairwater-atlanta',
    'pp',
    'curves',
    'zero3',
    'tpu-v3',
    '64',
    '128',
  ),
  fc.constantFrom('90,180', '-91,-181', '45,3600', '45,3601', 'NaN,1', '1,2,3', '١٢٣', '💥', '%00', 'a'.repeat(100)),
  fc.double().map(String),
  fc.integer({ min: -1e9, max: 1e9 }).map(String),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 10 }),
);

/** Text a reader would see: tags stripped, but also attribute values (aria-valuetext, titles). */
const visible = (html: string) => html.replace(/<[^>]*>/g, ' ');

for (const w of widgets) {
  const key = fc.oneof(
    fc.constantFrom(...w.keys.map((k) => `${w.id}.${k}`)),
    fc.constantFrom('v', '__proto__', 'constructor', `${w.id}.__proto__`, `${w.id}.toString`, 'prototype'),
  );
  const query = fc
    .array(fc.tuple(key, hostileValue), { maxLength: 8 })
    .map((pairs) => new URLSearchParams(pairs).toString());

  describe(`${w.id} widget under hostile URLs`, () => {
    it('parses and renders 1,000 seeded URLs with no error and nothing non-finite on screen', () => {
      // The render is pure, so equal states share one render; hostile URLs mostly collapse to few states.
      const rendered = new Map<string, ReturnType<typeof w.render>>();
      fc.assert(
        fc.property(query, (q) => {
          const parsed = w.url.parse(q);
          // biome-ignore lint/suspicious/noExplicitAny: the three widgets' states differ; each render takes its own.
          const key = w.url.serialize(parsed.state as any);
          const out =
            rendered.get(key) ??
            // biome-ignore lint/suspicious/noExplicitAny: as above
            (w.render as (s: any) => ReturnType<typeof w.render>)(parsed.state);
          rendered.set(key, out);
          expect(visible(out.html)).not.toMatch(FORBIDDEN_ON_SCREEN);
          expect(out.summary).not.toMatch(FORBIDDEN_ON_SCREEN);
          expect(Object.getPrototypeOf(parsed.state)).toBe(null);
          // The state restores exactly from its own URL.
          // biome-ignore lint/suspicious/noExplicitAny: as above
          const again = w.url.parse(w.url.serialize(parsed.state as any)).state;
          expect({ ...again }).toEqual({ ...parsed.state });
        }),
        { seed: 20261125, numRuns: 1000 },
      );
    }, 600_000);
  });
}

// The browser keeps the build's output for the default state rather than painting it again
// (shell-client.ts, data-built-query): that holds only where the build's run names the state as the URL does.
describe('the build-time output names its state as the URL does', () => {
  for (const w of widgets)
    it(w.id, () => {
      const defaults = w.url.defaults();
      // biome-ignore lint/suspicious/noExplicitAny: each render takes its own widget's state.
      const out = (w.render as (s: any) => ReturnType<typeof w.render>)(defaults);
      // biome-ignore lint/suspicious/noExplicitAny: as above
      const url = w.url as any;
      expect(out.run.query).toBe(url.serialize(url.normalize(defaults)));
    });
});
