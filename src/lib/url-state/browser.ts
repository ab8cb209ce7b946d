/** The thin browser side of url-state: read location, write with replaceState, show notices. */
import type { Fields, Notice, Parsed, StateOf, UrlStateSpec } from './core';

export function readUrlState<F extends Fields>(spec: UrlStateSpec<F>): Parsed<F> {
  return spec.parse(window.location.search);
}

/** Replaces (never pushes) the history entry, so dragging a slider does not flood Back. */
export function writeUrlState<F extends Fields>(spec: UrlStateSpec<F>, state: StateOf<F>): string {
  const query = spec.serialize(state, window.location.search);
  const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
  if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
    try {
      window.history.replaceState(window.history.state, '', url);
    } catch {
      // Sandboxed (opaque-origin) embeds may refuse; the view still works without a shareable URL.
    }
  }
  return url;
}

/** Renders notices as a dismissible list in `host` (a polite live region), or hides it when none. */
export function showNotices(host: HTMLElement, notices: readonly Notice[]): void {
  host.replaceChildren();
  host.hidden = notices.length === 0;
  if (notices.length === 0) return;
  const list = document.createElement('ul');
  for (const n of notices) {
    const item = document.createElement('li');
    item.textContent = n.message;
    item.dataset.kind = n.kind;
    list.append(item);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = 'Dismiss';
  close.addEventListener('click', () => {
    host.hidden = true;
  });
  host.append(list, close);
}
