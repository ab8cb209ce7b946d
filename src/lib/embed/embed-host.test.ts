/** public/embed.js, the host script bloggers paste, run against the messages embeds really send. */
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { EMBED_SIZE_TYPE, MAX_EMBED_HEIGHT_PX, sizeMessages } from './messages';

const HOST_SCRIPT = readFileSync('public/embed.js', 'utf8');

interface FakeFrame {
  contentWindow: object;
  style: { height?: string };
}

function hostPage(frameCount: number) {
  const frames: FakeFrame[] = Array.from({ length: frameCount }, () => ({ contentWindow: {}, style: {} }));
  let listener: ((e: { data: unknown; source: unknown; origin: string }) => void) | undefined;
  runInNewContext(HOST_SCRIPT, {
    addEventListener: (type: string, fn: typeof listener) => {
      if (type === 'message') listener = fn;
    },
    document: {
      querySelectorAll: (selector: string) => (selector === 'iframe[data-superfactory-embed]' ? frames : []),
    },
  });
  const post = (data: unknown, source: unknown) => listener?.({ data, source, origin: 'null' });
  return { frames, post };
}

describe('the host script (public/embed.js)', () => {
  it('resizes only the frame whose window sent the message', () => {
    const { frames, post } = hostPage(2);
    const [ours] = sizeMessages('globe', 612.2);
    post(ours, frames[1]?.contentWindow);
    expect(frames[0]?.style.height).toBeUndefined();
    expect(frames[1]?.style.height).toBe('613px');
  });

  it('ignores a message from a window that is none of its frames, even with an opaque origin', () => {
    const { frames, post } = hostPage(1);
    post(sizeMessages('globe', 500)[0], {});
    expect(frames[0]?.style.height).toBeUndefined();
  });

  it("ignores other shapes: AMP's message, foreign types, bad or runaway heights", () => {
    const { frames, post } = hostPage(1);
    const win = frames[0]?.contentWindow;
    post(sizeMessages('globe', 500)[1], win);
    post({ type: 'other:embed-size', id: 'x', height: 500 }, win);
    post({ type: EMBED_SIZE_TYPE, height: 500 }, win);
    for (const height of [0, -5, Number.NaN, Number.POSITIVE_INFINITY, '500', MAX_EMBED_HEIGHT_PX + 1])
      post({ type: EMBED_SIZE_TYPE, id: 'x', height }, win);
    post(null, win);
    post('superfactory:embed-size', win);
    expect(frames[0]?.style.height).toBeUndefined();
    post({ type: EMBED_SIZE_TYPE, id: 'x', height: MAX_EMBED_HEIGHT_PX }, win);
    expect(frames[0]?.style.height).toBe(`${MAX_EMBED_HEIGHT_PX}px`);
  });

  it('stays a few hundred bytes', () => {
    expect(HOST_SCRIPT.length).toBeLessThan(1000);
  });
});
