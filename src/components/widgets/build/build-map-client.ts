/**
 * The build map's browser side: a click (or Enter on a data site) fills the chosen site's fields and
 * fires the input event typing would, so the shell's URL state stays the one path in. It moves the
 * numbered sites and the ring's arcs with the state, and paces the pulses to the computed exchange.
 */

import type { RunRecord } from '../../../figures/shared/run-record';
import { linkArcs, syncMark } from '../../../figures/widgets/build/map';
import { buildSites } from '../../../figures/widgets/build/sites';
import { type BuildState, MAX_SITES } from '../../../figures/widgets/build/state';
import { type MapFrame, placeOf, pointAt } from '../../../figures/widgets/latency/map-frame';

function frameOf(svg: SVGSVGElement): MapFrame | null {
  try {
    return JSON.parse(svg.dataset.frame ?? '') as MapFrame;
  } catch {
    return null;
  }
}

export interface BuildMap {
  update(state: BuildState): void;
  pace(run: RunRecord): void;
  dispose(): void;
}

export function mountBuildMap(root: HTMLElement, current: () => BuildState): BuildMap {
  const svg = root.querySelector<SVGSVGElement>('[data-build-map] svg');
  const frame = svg ? frameOf(svg) : null;
  const place = root.querySelector<HTMLSelectElement>('[data-place]');
  const syncText = root.querySelector<HTMLElement>('[data-sync]');
  if (!svg || !frame) return { update() {}, pace() {}, dispose() {} };

  /**
   * The slot a click fills: the one chosen, or a new one after the last (the last when all eight are
   * used). A slot past the count adds the site (the client's readControl raises the count).
   */
  const targetSlot = (): number => {
    const n = current().n;
    if (place && place.value !== 'new') return Number(place.value);
    return Math.min(n + 1, MAX_SITES);
  };
  const setPoint = (slot: number, p: { lat: number; lon: number }) => {
    const lat = root.querySelector<HTMLInputElement>(`[data-field="s${slot}"][data-part="lat"]`);
    const lon = root.querySelector<HTMLInputElement>(`[data-field="s${slot}"][data-part="lon"]`);
    if (!lat || !lon) return;
    lat.value = String(p.lat);
    lon.value = String(p.lon);
    lat.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const setSite = (slot: number, siteId: string) => {
    const select = root.querySelector<HTMLSelectElement>(`select[data-field="s${slot}"]`);
    if (!select) return;
    select.value = siteId;
    select.dispatchEvent(new Event('input', { bubbles: true }));
  };

  const onClick = (event: MouseEvent) => {
    const site = (event.target as Element).closest<SVGGElement>('[data-site]');
    if (site?.dataset.site) return setSite(targetSlot(), site.dataset.site);
    const ctm = svg.getScreenCTM();
    if (!ctm) return;
    const at = new DOMPoint(event.clientX, event.clientY).matrixTransform(ctm.inverse());
    const p = pointAt(frame, at.x, at.y);
    if (p) setPoint(targetSlot(), p);
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const site = (event.target as Element).closest<SVGGElement>('[data-site]');
    if (!site?.dataset.site) return;
    event.preventDefault();
    setSite(targetSlot(), site.dataset.site);
  };
  svg.addEventListener('click', onClick);
  svg.addEventListener('keydown', onKey);

  return {
    update(state: BuildState) {
      const placed = buildSites(state);
      for (const g of svg.querySelectorAll<SVGGElement>('[data-slot]')) {
        const p = placed[Number(g.dataset.slot) - 1];
        g.setAttribute('visibility', p ? 'visible' : 'hidden');
        if (!p) continue;
        const xy = placeOf(frame, p);
        g.setAttribute('transform', `translate(${xy.x} ${xy.y})`);
      }
      const arcs = linkArcs(frame, placed);
      for (const path of svg.querySelectorAll<SVGPathElement>('[data-link]'))
        path.setAttribute('d', arcs[Number(path.dataset.link) - 1] ?? '');
    },
    pace(run: RunRecord) {
      const mark = syncMark(run);
      svg.dataset.pace = String(mark.drawnS);
      if (syncText) syncText.textContent = mark.text;
    },
    dispose() {
      svg.removeEventListener('click', onClick);
      svg.removeEventListener('keydown', onKey);
    },
  };
}
