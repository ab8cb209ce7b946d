/**
 * What a screenshot of a canvas shows, decoded in the page with a 2D canvas (a WebGL readback would be
 * blank): how many distinct colours, and what share of pixels lies within 3 levels of a CSS colour.
 */
import type { Page } from '@playwright/test';

interface PngStats {
  distinct: number;
  share: number;
}

function pngStats(page: Page, png: Buffer, css: string | null): Promise<PngStats> {
  return page.evaluate(
    async ([b64, colour]) => {
      let want: number[] = [-1, -1, -1];
      if (colour) {
        const probe = document.createElement('span');
        probe.style.color = colour;
        document.body.append(probe);
        want = (getComputedStyle(probe).color.match(/\d+/g) ?? []).map(Number);
        probe.remove();
      }
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d');
      if (!ctx) return { distinct: 0, share: 0 };
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, c.width, c.height).data;
      const seen = new Set<number>();
      let hits = 0;
      const near = (v: number | undefined, w: number | undefined) => Math.abs((v ?? 0) - (w ?? -1)) <= 3;
      for (let i = 0; i + 2 < data.length; i += 4) {
        if (i % 16 === 0) seen.add(((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0));
        if (near(data[i], want[0]) && near(data[i + 1], want[1]) && near(data[i + 2], want[2])) hits++;
      }
      return { distinct: seen.size, share: hits / (data.length / 4) };
    },
    [png.toString('base64'), css] as const,
  );
}

export async function distinctColours(page: Page, png: Buffer): Promise<number> {
  return (await pngStats(page, png, null)).distinct;
}

/** Share of a PNG's pixels within 3 levels of a colour the page resolves (e.g. `var(--color-surface)`). */
export async function shareOfColour(page: Page, png: Buffer, css: string): Promise<number> {
  return (await pngStats(page, png, css)).share;
}
