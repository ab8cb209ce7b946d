/**
 * "Place a hypothetical site": a toggle, a lat/lon form, a tap on the globe, and a table of the
 * distance and delay from that point to every site (the engine's link readout).
 */

import { readoutText, unitsNow } from '../../../figures/globe/format-readout';
import type { PayloadSite } from '../../../figures/globe/payload';
import { linkLatency } from '../../../lib/sim/link-latency';
import type { Notice } from '../../../lib/url-state';
import { showNotices } from '../../../lib/url-state/browser';
import type { GlobeStateSpec } from '../globe-state';
import type { LatLonPoint, StageView } from '../stage-view';
import { createListeners } from './listeners';

export interface SandboxOptions {
  host: HTMLElement;
  noticeHost: HTMLElement | null;
  view: Pick<StageView, 'setSandbox'>;
  spec: GlobeStateSpec;
  sites: PayloadSite[];
  initial: LatLonPoint | null;
  /** The placed point (normalized) or null, for the URL. */
  onChange(p: LatLonPoint | null): void;
  /** A point typed into the form: the camera goes there. */
  onPlaced(p: LatLonPoint): void;
}

export interface Sandbox {
  /** Placing is on: a tap on the globe places the site. */
  readonly active: boolean;
  readonly point: LatLonPoint | null;
  set(p: LatLonPoint | null): void;
  /** Re-render the table (units changed). */
  render(): void;
  dispose(): void;
}

const COLUMNS = ['Site', 'Great circle', 'Route estimate', 'One way', 'Round trip'];

function resultsTable(p: LatLonPoint, sites: PayloadSite[]): HTMLTableElement {
  const units = unitsNow();
  const table = document.createElement('table');
  table.createCaption().textContent = `From your site at ${p.lat}°, ${p.lon}° (schematic routes, estimated)`;
  const head = table.createTHead().insertRow();
  for (const h of COLUMNS) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = h;
    head.append(th);
  }
  const body = table.createTBody();
  for (const s of sites) {
    const t = readoutText(linkLatency(p, s), units);
    const row = body.insertRow();
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = s.shortName;
    row.append(th);
    for (const v of [t.km, t.routeKm, t.oneWay, t.rtt]) row.insertCell().textContent = v;
  }
  return table;
}

/** The form's text as a point, or null when either number is missing or off the Earth. */
export function parseLatLon(latText: string, lonText: string): LatLonPoint | null {
  const lat = latText.trim() === '' ? Number.NaN : Number(latText);
  const lon = lonText.trim() === '' ? Number.NaN : Number(lonText);
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  return { lat, lon };
}

export function mountSandbox(options: SandboxOptions): Sandbox {
  const { host, spec } = options;
  const listeners = createListeners();
  const toggle = host.querySelector<HTMLButtonElement>('[data-sandbox-toggle]');
  const form = host.querySelector<HTMLFormElement>('[data-sandbox-form]');
  const results = host.querySelector<HTMLElement>('[data-sandbox-results]');
  const field = (name: string) => form?.elements.namedItem(name) as HTMLInputElement | null;
  let point: LatLonPoint | null = null;
  let active = false;

  const setActive = (on: boolean) => {
    active = on;
    toggle?.setAttribute('aria-pressed', String(on));
    host.classList.toggle('is-sandbox', on);
  };
  const render = () => {
    if (!results) return;
    results.hidden = point === null;
    results.replaceChildren(...(point ? [resultsTable(point, options.sites)] : []));
  };
  const set = (p: LatLonPoint | null) => {
    point = p ? spec.fields.sb.normalize(p) : null;
    options.view.setSandbox(point);
    render();
    const lat = field('lat');
    const lon = field('lon');
    if (point && lat && lon) {
      lat.value = String(point.lat);
      lon.value = String(point.lon);
    }
    options.onChange(point);
  };

  if (toggle) listeners.on(toggle, 'click', () => setActive(!active));
  if (form) {
    listeners.on(form, 'submit', (e) => {
      e.preventDefault();
      const p = parseLatLon(field('lat')?.value ?? '', field('lon')?.value ?? '');
      if (!p) {
        const notice: Notice = {
          key: spec.keyOf('sb'),
          kind: 'ignored',
          message: 'Latitude must be within ±90° and longitude within ±180°.',
        };
        showNotices(options.noticeHost ?? host, [notice]);
        return;
      }
      setActive(true);
      set(p);
      options.onPlaced(p);
    });
    const clear = form.querySelector<HTMLButtonElement>('[data-sandbox-clear]');
    if (clear) listeners.on(clear, 'click', () => set(null));
  }

  setActive(options.initial !== null);
  if (options.initial) set(options.initial);
  else render();

  return {
    get active() {
      return active;
    },
    get point() {
      return point;
    },
    set,
    render,
    dispose() {
      listeners.dispose();
      setActive(false);
    },
  };
}
