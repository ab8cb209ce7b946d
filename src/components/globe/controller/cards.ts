/**
 * The site cards (server-rendered, one per site): one open at a time, closed by its button or
 * Escape, focus handed back to the site's button so a keyboard reader keeps their place.
 */
import { createListeners } from './listeners';

export interface Cards {
  open(id: string | null, options?: { focus?: boolean }): void;
  readonly openId: string | null;
  dispose(): void;
}

export interface CardsOptions {
  /** The card that opened or closed (null), for the URL. */
  onChange(id: string | null): void;
  /** Focus returns to the site's button when its card closes. */
  siteButton(id: string): HTMLElement | undefined;
}

export function mountCards(host: HTMLElement, options: CardsOptions): Cards {
  const listeners = createListeners();
  const cards = [...host.querySelectorAll<HTMLElement>('[data-card]')];
  let openId: string | null = null;

  const open = (id: string | null, { focus = true } = {}) => {
    openId = id;
    for (const c of cards) c.hidden = c.dataset.card !== id;
    const card = cards.find((c) => c.dataset.card === id);
    // The card opens over the globe (globe.css): focusing it must not scroll the page to where it sits in the DOM.
    if (card && focus) card.focus({ preventScroll: true });
    options.onChange(id);
  };
  const close = () => {
    const id = openId;
    if (id === null) return;
    open(null);
    options.siteButton(id)?.focus({ preventScroll: true });
  };

  for (const card of cards) {
    const button = card.querySelector<HTMLButtonElement>('[data-card-close]');
    if (button) listeners.on(button, 'click', close);
  }
  listeners.on(host, 'keydown', (e) => {
    if (e.key === 'Escape' && openId) close();
  });

  return {
    open,
    get openId() {
      return openId;
    },
    dispose: listeners.dispose,
  };
}
