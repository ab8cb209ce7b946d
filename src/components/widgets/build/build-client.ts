import { buildWidget } from '../../../figures/widgets/build/definition';
import { buildSites } from '../../../figures/widgets/build/sites';
import { type BuildState, SLOTS, siteKey } from '../../../figures/widgets/build/state';
import { formatNumber } from '../../../lib/format';
import { ringLinks } from '../../../lib/sim/unchecked';
import { mountWidget } from '../shell-client';
import { workerRender } from '../worker-render';
import { mountBuildMap } from './build-map-client';

type Control = HTMLInputElement | HTMLSelectElement;
const SITE_FIELD = /^s([1-8])$/;

function readPoint(root: HTMLElement, field: string) {
  const lat = root.querySelector<HTMLInputElement>(`[data-field="${field}"][data-part="lat"]`)?.valueAsNumber;
  const lon = root.querySelector<HTMLInputElement>(`[data-field="${field}"][data-part="lon"]`)?.valueAsNumber;
  return lat !== undefined && lon !== undefined && Number.isFinite(lat) && Number.isFinite(lon) ? { lat, lon } : null;
}

/** A site chosen or placed in a slot past the count adds it: the count follows. */
function readSite(root: HTMLElement, state: BuildState, control: Control, slot: number): BuildState {
  const key = siteKey(slot);
  const n = Math.max(state.n, slot);
  if (control.dataset.part) {
    const point = readPoint(root, key);
    return point ? { ...state, n, [key]: point } : state;
  }
  if (control.value === 'custom') {
    const here = buildSites({ ...state, n })[slot - 1];
    return here ? { ...state, n, [key]: { lat: here.lat, lon: here.lon } } : state;
  }
  return { ...state, n, [key]: control.value };
}

function writeRows(r: HTMLElement, state: BuildState): void {
  const links = ringLinks(state.n).length;
  for (const row of r.querySelectorAll<HTMLElement>('[data-site-row]'))
    row.hidden = Number(row.dataset.siteRow) > state.n;
  for (const row of r.querySelectorAll<HTMLElement>('[data-link-row]')) {
    const slot = Number(row.dataset.linkRow);
    row.hidden = slot > links;
    const label = row.querySelector('[data-link-label]');
    if (label) label.textContent = `Link ${slot}: site ${slot} to site ${slot === state.n ? 1 : slot + 1}`;
  }
  const placed = buildSites(state);
  for (const slot of SLOTS) {
    const here = placed[slot - 1];
    if (!here) continue;
    const select = r.querySelector<HTMLSelectElement>(`select[data-field="s${slot}"]`);
    if (select) select.value = here.siteId ?? 'custom';
    for (const part of ['lat', 'lon'] as const) {
      const input = r.querySelector<HTMLInputElement>(`[data-field="s${slot}"][data-part="${part}"]`);
      if (input && input !== document.activeElement) input.value = String(here[part]);
    }
  }
  for (const input of r.querySelectorAll<HTMLInputElement>('[data-field="tok"]'))
    input.setAttribute('aria-valuetext', `${formatNumber(state.tok, { sigFigs: 3 })} trillion tokens`);
  for (const input of r.querySelectorAll<HTMLInputElement>('[data-field="rf"]'))
    input.setAttribute('aria-valuetext', `${formatNumber(state.rf, { sigFigs: 3 })} times the great-circle distance`);
}

export function mount(root: HTMLElement): () => void {
  const worker = workerRender<BuildState>(
    () => new Worker(new URL('../../../workers/build.worker.ts', import.meta.url), { type: 'module' }),
    async () => (await import('../../../figures/widgets/build')).renderWidgetModel,
  );
  let state = buildWidget.url.defaults();
  const map = mountBuildMap(root, () => state);
  const unmount = mountWidget(root, {
    def: buildWidget,
    async render(s: BuildState) {
      const rendered = await worker.render(s);
      map.pace(rendered.run);
      return rendered;
    },
    readControl(s: BuildState, control: Control): BuildState | undefined {
      const slot = SITE_FIELD.exec(control.dataset.field ?? '')?.[1];
      return slot ? readSite(root, s, control, Number(slot)) : undefined;
    },
    writeControls(r: HTMLElement, s: BuildState) {
      state = s;
      map.update(s);
      writeRows(r, s);
    },
  });
  return () => {
    unmount();
    map.dispose();
    worker.dispose();
  };
}
