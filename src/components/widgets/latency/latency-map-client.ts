/**
 * The picking map's browser side: a click (or Enter on a site) fills the chosen end's fields and fires
 * the same input event a reader's typing would, so the shell's URL state stays the one path in.
 */

import { endpointOf } from '../../../figures/widgets/latency/endpoint';
import { arcPath, type MapFrame, placeOf, pointAt } from '../../../figures/widgets/latency/map-frame';
import type { LatencyState } from '../../../figures/widgets/latency/state';

function frameOf(svg: SVGSVGElement): MapFrame | null {
  try {
    return JSON.parse(svg.dataset.frame ?? '') as MapFrame;
  } catch {
    return null;
  }
}

function chosenEnd(root: HTMLElement): 'a' | 'b' {
  return root.querySelector<HTMLInputElement>('[data-place][value="b"]')?.checked ? 'b' : 'a';
}

function setPoint(root: HTMLElement, end: 'a' | 'b', p: { lat: number; lon: number }): void {
  const field = end === 'a' ? 'pa' : 'pb';
  const lat = root.querySelector<HTMLInputElement>(`[data-field="${field}"][data-part="lat"]`);
  const lon = root.querySelector<HTMLInputElement>(`[data-field="${field}"][data-part="lon"]`);
  if (!lat || !lon) return;
  lat.value = String(p.lat);
  lon.value = String(p.lon);
  lat.dispatchEvent(new Event('input', { bubbles: true }));
}

function setSite(root: HTMLElement, end: 'a' | 'b', siteId: string): void {
  const select = root.querySelector<HTMLSelectElement>(`select[data-field="${end}"]`);
  if (!select) return;
  select.value = siteId;
  select.dispatchEvent(new Event('input', { bubbles: true }));
}

export function mountLatencyMap(root: HTMLElement): {
  update(state: LatencyState): void;
  dispose(): void;
} {
  const svg = root.querySelector<SVGSVGElement>('[data-latency-map] svg');
  const frame = svg ? frameOf(svg) : null;
  if (!svg || !frame) return { update() {}, dispose() {} };

  const onClick = (event: MouseEvent) => {
    const site = (event.target as Element).closest<SVGGElement>('[data-site]');
    if (site?.dataset.site) return setSite(root, chosenEnd(root), site.dataset.site);
    const ctm = svg.getScreenCTM();
    if (!ctm) return;
    const at = new DOMPoint(event.clientX, event.clientY).matrixTransform(ctm.inverse());
    const p = pointAt(frame, at.x, at.y);
    if (p) setPoint(root, chosenEnd(root), p);
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const site = (event.target as Element).closest<SVGGElement>('[data-site]');
    if (!site?.dataset.site) return;
    event.preventDefault();
    setSite(root, chosenEnd(root), site.dataset.site);
  };
  svg.addEventListener('click', onClick);
  svg.addEventListener('keydown', onKey);

  return {
    update(state: LatencyState) {
      const a = endpointOf(state, 'a');
      const b = endpointOf(state, 'b');
      for (const [key, p] of [
        ['a', a],
        ['b', b],
      ] as const) {
        const xy = placeOf(frame, p);
        svg.querySelector(`[data-end="${key}"]`)?.setAttribute('transform', `translate(${xy.x} ${xy.y})`);
      }
      svg.querySelector('[data-arc]')?.setAttribute('d', arcPath(frame, a, b));
    },
    dispose() {
      svg.removeEventListener('click', onClick);
      svg.removeEventListener('keydown', onKey);
    },
  };
}
