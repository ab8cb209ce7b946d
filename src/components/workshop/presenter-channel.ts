/**
 * The messages the presenter view and its notes window exchange over one BroadcastChannel (same
 * origin, no server): the presenter announces the deck and where it stands; the notes window says
 * hello when it opens and may step the deck itself.
 */
import type { WorkshopVariant } from '../../figures/workshop/agenda';

export const PRESENTER_CHANNEL = 'superfactory:presenter';

/** Keys that step the deck, in either window. */
export const NEXT_KEYS: ReadonlySet<string> = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ']);
export const PREVIOUS_KEYS: ReadonlySet<string> = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

export interface SlideSummary {
  id: string;
  title: string;
  notes: string;
}

export type PresenterMessage =
  | { type: 'deck'; variant: WorkshopVariant; slides: SlideSummary[]; index: number; blank: boolean }
  | { type: 'hello' }
  | { type: 'go'; index: number };

export function openChannel(onMessage: (message: PresenterMessage) => void): BroadcastChannel | undefined {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  const channel = new BroadcastChannel(PRESENTER_CHANNEL);
  channel.onmessage = (event: MessageEvent<PresenterMessage>) => {
    if (event.data && typeof event.data === 'object' && 'type' in event.data) onMessage(event.data);
  };
  return channel;
}
