import { describe, expect, it } from 'vitest';
import { dataset } from '../../lib/data';
import { newestAsOf } from '../../lib/embed/as-of';
import { oembedDocument } from '../../lib/embed/oembed';
import { WIDGETS } from '../widgets/registry';
import { EMBEDS, embedById, embedPath } from './catalogue';

describe('the embed catalogue', () => {
  it('has an embed for every registry widget, the globe and the campus, each once', () => {
    const ids = EMBEDS.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining([...WIDGETS.map((w) => w.id), 'globe', 'campus']));
    expect(new Set(ids).size).toBe(ids.length);
    expect(embedById('train')?.pagePath).toBe('/widgets/train/');
  });
});

describe('the oEmbed document', () => {
  it('is a rich oEmbed with the iframe of the default state', () => {
    const globe = embedById('globe');
    if (!globe) throw new Error('no globe embed');
    const doc = oembedDocument(globe, {
      embed: `https://x.org${embedPath('globe')}`,
      preview: 'https://x.org/p.png',
      provider: 'https://x.org/',
    });
    expect(doc).toMatchObject({ version: '1.0', type: 'rich', title: globe.title, height: globe.heightPx });
    expect(doc.html).toMatch(/^<iframe src="https:\/\/x\.org\/embed\/globe\/"/);
    expect(doc.thumbnail_url).toBe('https://x.org/p.png');
  });
});

describe('the "as of" date', () => {
  it('is the newest asOf anywhere in the data', () => {
    expect(newestAsOf({ a: [{ asOf: '2024-05' }, { b: { asOf: '2025' } }], asOf: '2023-12-31' })).toBe('2025');
    expect(newestAsOf({ none: 1 })).toBeUndefined();
    expect(newestAsOf(dataset)).toMatch(/^\d{4}(-\d{2}){0,2}$/);
  });
});
