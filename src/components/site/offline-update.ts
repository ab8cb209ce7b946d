/**
 * Registers the offline service worker (docs/OFFLINE.md) for each offline section, and shows the update
 * prompt when a new build's worker is waiting behind the one controlling this page. The reader's click
 * lets the new workers take over, then reloads. Only the site's own layout runs this: embeds never do.
 */
import { offlineScopes, serviceWorkerUrl } from '../../lib/offline/sections';

const base = import.meta.env.BASE_URL;

/** Resolves when the registration's new worker has installed (or failed to): the next one then finds the cache filled. */
function installed(reg: ServiceWorkerRegistration): Promise<void> {
  const worker = reg.installing;
  if (!worker) return Promise.resolve();
  return new Promise((done) => {
    worker.addEventListener('statechange', () => {
      if (worker.state !== 'installing') done();
    });
  });
}

/** Asks each registration, one after another, for a new version (each then downloads only what is missing). */
async function checkAll(registrations: readonly ServiceWorkerRegistration[]): Promise<void> {
  for (const reg of registrations) {
    await reg.update().catch(() => undefined);
    await installed(reg);
  }
}

export async function startOffline(prompt: HTMLElement): Promise<void> {
  const sw = navigator.serviceWorker;
  // No service workers: plain http to another machine (a classroom laptop), private modes, old browsers.
  if (!sw) return;
  const registrations: ServiceWorkerRegistration[] = [];
  let accepted = false;
  let checked: Promise<void> | undefined;
  const offer = (): void => {
    const waiting = registrations.filter((r) => r.waiting);
    if (waiting.length === 0) return;
    // The browser looks for a new version only in the section the reader is in. Once one section has
    // it, every section fetches it too, so that all move together and none is left on a deleted cache.
    checked ??= checkAll(registrations).then(offer);
    // After the click, a section whose new worker installs later follows at once.
    if (accepted) for (const r of waiting) r.waiting?.postMessage('skip-waiting');
    else if (sw.controller) prompt.hidden = false;
  };
  prompt.querySelector('button')?.addEventListener('click', () => {
    accepted = true;
    sw.addEventListener('controllerchange', () => location.reload(), { once: true });
    // Once every section has its new worker, they all take over together, and the reload finds one version.
    void (checked ?? Promise.resolve()).then(offer);
  });

  // One section at a time, so that only the first downloads the files into the version's shared cache.
  for (const scope of offlineScopes(base)) {
    try {
      const reg: ServiceWorkerRegistration | undefined = await sw.register(serviceWorkerUrl(base), { scope });
      // Nothing registered (a test browser that blocks workers resolves with nothing): no offline copy.
      if (!reg) break;
      registrations.push(reg);
      reg.addEventListener('updatefound', () => {
        void installed(reg).then(offer);
      });
      await installed(reg);
    } catch {
      // Storage full or blocked: the site keeps working online, as it did without the worker.
    }
  }
  offer();
}
