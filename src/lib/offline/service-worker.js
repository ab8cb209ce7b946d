/**
 * The service worker (docs/OFFLINE.md). Not bundled: src/integrations/offline.ts copies this file to
 * <outDir>/sw.js after the build, with the manifest line below replaced by the build's own, so every
 * build that changes a page or asset changes this script and browsers install it as an update.
 *
 * Pages: network first, the stored copy only when the network fails, so a new deploy is never hidden
 * behind an old copy. Hashed assets (_astro/): stored copy first, since their names change with their
 * bytes. Nothing fetched at run time is stored: the cache holds one build's files, all or none, so an
 * offline page never mixes two versions. A new version waits until the reader accepts the page's update
 * prompt (src/components/site/offline-update.ts), then takes over and deletes the old cache.
 */
const OFFLINE = { version: 'unbuilt', cacheName: 'superfactory-offline-unbuilt', base: '/', urls: [] }; // MANIFEST

const sw = /** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self));

sw.addEventListener('install', (event) => {
  event.waitUntil(precache());
});

// Every section has its own registration of this script; all share the one cache of a version, so
// whichever installs second finds the files there and does not fetch them again.
async function precache() {
  const cache = await caches.open(OFFLINE.cacheName);
  const stored = new Set((await cache.keys()).map((r) => new URL(r.url).pathname));
  const missing = OFFLINE.urls.filter((u) => !stored.has(u));
  // A few at a time: one request per file at once would stall a small server on a classroom laptop.
  for (let i = 0; i < missing.length; i += 8) {
    await cache.addAll(missing.slice(i, i + 8).map((u) => new Request(u, { cache: 'reload' })));
  }
}

sw.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') sw.skipWaiting();
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const prefix = OFFLINE.cacheName.slice(0, -OFFLINE.version.length);
      for (const name of await caches.keys()) {
        if (name.startsWith(prefix) && name !== OFFLINE.cacheName) await caches.delete(name);
      }
      await sw.clients.claim();
    })(),
  );
});

sw.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== sw.location.origin) return;
  if (url.pathname.startsWith(`${OFFLINE.base}_astro/`)) {
    event.respondWith(storedFirst(request));
  } else {
    event.respondWith(networkFirst(request));
  }
});

async function stored(request) {
  // Widget pages carry their state in the query: the stored page is the same file for every query.
  return (await caches.open(OFFLINE.cacheName)).match(request, { ignoreSearch: request.mode === 'navigate' });
}

async function storedFirst(request) {
  return (await stored(request)) ?? fetch(request);
}

async function networkFirst(request) {
  try {
    return await fetch(request);
  } catch (error) {
    const copy = await stored(request);
    if (copy) return copy;
    if (request.mode !== 'navigate') throw error;
    return notSaved();
  }
}

/** The network is gone and this page was never stored (outside the offline sections' files). */
function notSaved() {
  const home = `${OFFLINE.base}chapters/`;
  const body = `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Offline · Superfactory</title><main><h1>You are offline</h1>
<p>This page was not saved for offline reading. The chapters, widgets, methods, glossary and workshop were.</p>
<p><a href="${home}">Go to the chapters</a></p></main></html>`;
  return new Response(body, { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}
