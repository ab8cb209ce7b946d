/**
 * Labels the prose must not overstate (issue 10, item 13): each claim reads as strong as its data
 * record's status and cites the record's own source.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataset, lookupFigure } from './index';

const chapter = (file: string) => readFileSync(join(import.meta.dirname, '../../../content/chapters', file), 'utf8');
const paragraphs = (file: string) => chapter(file).split(/\n\s*\n/);

describe('labels match what was published', () => {
  it('the ~1 Pbit/s between Wisconsin and Atlanta is our assumption, and chapter 4 says so', () => {
    expect(lookupFigure('links.wan.interCampusBandwidthBytesPerS').figure.status).toBe('assumed');
    expect(chapter('04-what-distance-costs.mdx')).not.toMatch(/estimated petabit/i);
  });

  it("Wisconsin's two-storey halls are cited to the record's own (estimated) source in chapters 1 and 2", () => {
    const wisconsin = dataset.sites.find((s) => s.id === 'fairwater-wisconsin');
    const design = wisconsin?.facts.design;
    expect(design?.status).toBe('estimated');
    for (const file of ['01-what-is-a-superfactory.mdx', '02-why-not-one-building.mdx']) {
      const claims = paragraphs(file).filter((p) => /Wisconsin/.test(p) && /two storeys/.test(p));
      expect(claims.length, file).toBeGreaterThan(0);
      for (const p of claims) expect(p, file).toContain(String(design?.source));
    }
  });

  it("NVIDIA's two-site Nemotron-4 result is described as a NeMo demonstration, not the production run", () => {
    const nemotron = paragraphs('05-bandwidth-and-the-wan.mdx').filter((p) => /Nemotron-4/.test(p));
    expect(nemotron.length).toBeGreaterThan(0);
    for (const p of nemotron) expect(p).toMatch(/demonstration/);
  });
});
