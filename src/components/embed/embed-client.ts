/**
 * The browser side of an embed page: tells the host page the content height whenever it changes (the
 * boot script, boot-script.ts, already marked the page live before first paint). In an opaque-origin frame
 * (a strict sandbox that still let this module load, e.g. with CORS on /_astro/*) the islands stay
 * static (lazy-island.ts), so the page stays the still picture, but the height is still reported,
 * to WordPress too when it framed us (wordpress.ts).
 */
import { sizeMessages } from '../../lib/embed/messages';
import { wordpressHeightMessage, wordpressSecret } from '../../lib/embed/wordpress';

export function startEmbedClient(): void {
  const root = document.querySelector<HTMLElement>('main.embed');
  if (!root) return;
  const id = root.dataset.embed ?? '';
  const secret = wordpressSecret(location.hash);
  let sent = 0;
  let frame = 0;
  const report = () => {
    frame = 0;
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === sent || height <= 0 || window.parent === window) return;
    sent = height;
    // A height is not secret, and the host's origin is unknown: target "*"; the host checks event.source.
    for (const message of sizeMessages(id, height)) window.parent.postMessage(message, '*');
    if (secret) window.parent.postMessage(wordpressHeightMessage(secret, height), '*');
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(report);
  };
  new ResizeObserver(schedule).observe(document.body);
  schedule();
}
