/**
 * What an embed tells the page around it: its content height. Two shapes go out together: ours,
 * namespaced so no other frame's message is mistaken for it, and AMP's `embed-size`, which AMP's
 * resizable iframes and several hosts already understand. The frame's origin can be "null" (a strict
 * sandbox), so a receiver checks `event.source` against its iframe and then the shape, never the origin.
 * public/embed.js is the host side of this file; embed-host.test.ts runs it against these messages.
 */

export const EMBED_SIZE_TYPE = 'superfactory:embed-size';
/** A height beyond this is a runaway layout, not content; receivers refuse it. */
export const MAX_EMBED_HEIGHT_PX = 20_000;

export interface EmbedSizeMessage {
  type: typeof EMBED_SIZE_TYPE;
  id: string;
  height: number;
}

export interface AmpEmbedSizeMessage {
  sentinel: 'amp';
  type: 'embed-size';
  height: number;
}

export function isEmbedHeight(height: unknown): height is number {
  return typeof height === 'number' && Number.isFinite(height) && height > 0 && height <= MAX_EMBED_HEIGHT_PX;
}

/** Both messages for a content height (rounded up: a fractional pixel short shows a scrollbar). */
export function sizeMessages(id: string, contentHeight: number): [EmbedSizeMessage, AmpEmbedSizeMessage] {
  const height = Math.ceil(contentHeight);
  if (!isEmbedHeight(height)) throw new RangeError(`embed height ${contentHeight} is out of range`);
  return [
    { type: EMBED_SIZE_TYPE, id, height },
    { sentinel: 'amp', type: 'embed-size', height },
  ];
}

/** The height in a message of ours, or null for anything else (another frame's message, a bad height). */
export function readSizeMessage(data: unknown): number | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Partial<EmbedSizeMessage>;
  if (m.type !== EMBED_SIZE_TYPE || typeof m.id !== 'string') return null;
  return isEmbedHeight(m.height) ? m.height : null;
}
