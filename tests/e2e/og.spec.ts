import { expect, test } from '@playwright/test';
import { builtPages } from './helpers';

const chapterSlugs = builtPages()
  .filter((p) => /^\/chapters\/[^/]+\/$/.test(p))
  .map((p) => p.split('/')[2] ?? '');

test('there is at least one chapter to check', () => {
  expect(chapterSlugs.length).toBeGreaterThan(0);
});

for (const slug of chapterSlugs) {
  test(`chapter "${slug}" has a 1200 x 630 PNG Open Graph image`, async ({ request }) => {
    const res = await request.get(`/og/${slug}.png`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('image/png');
    const png = await res.body();
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    // Real text and a motif compress far worse than a blank card (~5 kB).
    expect(png.length).toBeGreaterThan(20_000);
  });
}
