import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WIDGETS } from './registry';
import { TRY_THIS } from './try-this';

const chaptersDir = join(__dirname, '../../../content/chapters');
const chapters = readdirSync(chaptersDir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => readFileSync(join(chaptersDir, f), 'utf8'));

/** The chapter text around the widget's tag: prompts written there count as the widget's own. */
function promptsBesideInChapter(id: string): number {
  const tag = new RegExp(`<${id[0]?.toUpperCase()}${id.slice(1)}Widget\\b`);
  const chapter = chapters.find((c) => tag.test(c));
  if (!chapter) return 0;
  const at = chapter.search(tag);
  const near = chapter.slice(Math.max(0, at - 1500), at + 1500);
  return (near.match(/Try this/g) ?? []).length;
}

describe('every widget says what to try', () => {
  it('has prompts only for widgets that exist', () => {
    const ids = new Set(WIDGETS.map((w) => w.id));
    for (const id of Object.keys(TRY_THIS)) expect(ids.has(id)).toBe(true);
  });
  for (const w of WIDGETS) {
    it(`${w.id}: one or two prompts, in its description or beside it in the chapter`, () => {
      const own = TRY_THIS[w.id]?.length ?? 0;
      expect(own + promptsBesideInChapter(w.id)).toBeGreaterThanOrEqual(1);
      expect(own).toBeLessThanOrEqual(2);
      for (const t of TRY_THIS[w.id] ?? []) {
        // A prompt names a change and what to watch; figures belong to the readouts.
        expect(t).not.toMatch(/\d/);
        expect(t).not.toMatch(/\n/);
      }
    });
  }
});
