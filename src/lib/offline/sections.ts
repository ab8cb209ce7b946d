/**
 * What works offline after one visit (docs/OFFLINE.md). One service worker script, registered once per
 * section below, each registration scoped to its section: a scope of "/" would also control /embed/,
 * whose pages live inside other sites' iframes and must never run our worker.
 */
import { normalizeBase } from '../site-url';

/** Site folders a service worker controls. The workshop, and the pages its exercises link to. */
export const OFFLINE_SECTIONS: readonly string[] = ['workshop/', 'chapters/', 'widgets/', 'methods/', 'glossary/'];

/** The worker script, at the site root so that every section's scope lies under it. */
export const SERVICE_WORKER_FILE = 'sw.js';

/** The downloadable kit (src/lib/offline/kit.ts), inside the workshop section but never precached. */
export const KIT_FILE = 'workshop/superfactory-kit.zip';

/** Names of this site's caches start with this; a new version deletes the others with it, and only those. */
export const CACHE_PREFIX = 'superfactory-offline-';

/** Registration scopes under `base` ("/superfactory/chapters/"). Plain joins: this runs on every page. */
export function offlineScopes(base: string | undefined): string[] {
  return OFFLINE_SECTIONS.map((s) => `${normalizeBase(base)}${s}`);
}

/** The worker script's URL under `base`. */
export function serviceWorkerUrl(base: string | undefined): string {
  return `${normalizeBase(base)}${SERVICE_WORKER_FILE}`;
}
