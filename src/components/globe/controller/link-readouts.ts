/** The server-rendered link readouts, re-rendered in the reader's units. */
import { readoutText, unitsNow } from '../../../figures/globe/format-readout';
import type { GlobeLink } from './globe-links';

export function renderLinkReadouts(host: HTMLElement, links: GlobeLink[]): void {
  const units = unitsNow();
  for (const l of links) {
    const box = host.querySelector<HTMLElement>(`[data-link-readout="${l.id}"]`);
    if (!box) continue;
    for (const [k, v] of Object.entries(readoutText(l.readout, units))) {
      const slot = box.querySelector<HTMLElement>(`[data-f="${k}"]`);
      if (slot) slot.textContent = v;
    }
  }
}
