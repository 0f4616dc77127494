/**
 * Registers the book's service worker (out/sw.js, production builds only) and tells the page when a
 * new version is waiting. Loaded by components/offline/ServiceWorkerHost after hydration, so none of
 * this is in a page's first-load JavaScript.
 */

const HOUR = 60 * 60 * 1000;

/** `apply` makes the waiting version take over and reloads the page once it has. */
export type OnUpdateReady = (apply: () => void) => void;

export async function registerServiceWorker(onUpdateReady: OnUpdateReady): Promise<ServiceWorkerRegistration | null> {
  if (!('serviceWorker' in navigator)) return null;
  const container = navigator.serviceWorker;
  const controlled = container.controller !== null;
  const registration = await container.register('/sw.js', { scope: '/', updateViaCache: 'none' });
  // The first visit loaded before any worker was there: hand it this page and what it loaded, so
  // that page too opens offline (Serwist's CACHE_URLS stores each the way the worker would).
  if (!controlled) {
    void container.ready.then((ready) => ready.active?.postMessage({ type: 'CACHE_URLS', payload: { urlsToCache: loadedHere() } }));
  }

  const offer = (waiting: ServiceWorker) =>
    onUpdateReady(() => {
      container.addEventListener('controllerchange', () => window.location.reload(), { once: true });
      waiting.postMessage({ type: 'SKIP_WAITING' });
    });
  // A worker waiting while another controls this page is a new version (the first worker has nothing to replace).
  if (registration.waiting && container.controller) offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed' && container.controller) offer(installing);
    });
  });

  // A reader may keep a tab open for days: look for a new version when they come back to it.
  let checked = Date.now();
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'visible' || Date.now() - checked < HOUR) return;
    checked = Date.now();
    registration.update().catch(() => undefined);
  });
  return registration;
}

/** This page's address and every file of this site it has loaded so far. */
function loadedHere(): string[] {
  const files = performance.getEntriesByType('resource').map((entry) => entry.name);
  return [`${location.origin}${location.pathname}`, ...files.filter((url) => url.startsWith(`${location.origin}/`))];
}

/** Under `next dev` no worker may control the pages: remove one left by a production build on the same address. */
export async function unregisterAll(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const registrations = await navigator.serviceWorker.getRegistrations();
  await Promise.all(registrations.map((r) => r.unregister()));
}
