/**
 * What the server hands the browser: sites and links, trimmed to what the views draw. Built at
 * build time from the validated data and embedded as JSON, so the lazy chunk needs no data loading.
 */
export interface PayloadSite {
  id: string;
  name: string;
  shortName: string;
  role: 'superfactory' | 'comparison';
  lat: number;
  lon: number;
  /** What the view adds to the site's label (its power in the power view). */
  detail?: string;
}
export interface PayloadLink {
  id: string;
  name: string;
  from: string;
  to: string;
  /** Published route factor for this link, or null for the default rule of thumb. */
  routeFactor: number | null;
}
export interface GlobePayload {
  viewId: string;
  center: { lat: number; lon: number };
  zoom: number;
  sites: PayloadSite[];
  links: PayloadLink[];
}

/** A site's visible label: its short name, and what the view adds (its power in the power view). */
export function siteLabel(s: Pick<PayloadSite, 'shortName' | 'detail'>): string {
  return s.detail ? `${s.shortName} · ${s.detail}` : s.shortName;
}

/** Script-safe JSON for an inline `<script type="application/json">`. */
export function payloadJson(payload: GlobePayload): string {
  return JSON.stringify(payload).replace(/</g, '\\u003c');
}

export function readPayload(host: HTMLElement): GlobePayload | null {
  const el = host.querySelector('script[data-globe-payload]');
  if (!el?.textContent) return null;
  try {
    return JSON.parse(el.textContent) as GlobePayload;
  } catch {
    return null;
  }
}
