/// <reference lib="webworker" />
// The book's service worker. scripts/build-sw.ts bundles this file after `next build` and Serwist's
// injectManifest writes the precache list (the home page and what it loads) into it, as out/sw.js.
// What it does with each request is in lib/offline/routes.ts.
import { CacheFirst, ExpirationPlugin, NetworkOnly, Serwist, StaleWhileRevalidate } from 'serwist';
import type { PrecacheEntry, RouteMatchCallbackOptions, SerwistGlobalConfig, SerwistPlugin } from 'serwist';
import { BOOK_CACHE } from '../lib/offline/names';
import { cacheKeyOf, ENGINES_CACHE, MUTABLE_CACHE, pagesCache, routeOf, staleCaches, STATIC_CACHE, type RouteKind } from '../lib/offline/routes';

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}
declare const self: ServiceWorkerGlobalScope;
/** The book's version (a hash of every file's revision), written in by the build. */
declare const __BOOK_VERSION__: string;

const version = __BOOK_VERSION__;

/** A request the worker has not cached yet may be in the reader's offline copy of the book. */
const fromOfflineCopy = (kind: RouteKind): SerwistPlugin => ({
  cacheKeyWillBeUsed: ({ request }) => Promise.resolve(cacheKeyOf(new URL(request.url), kind)),
  cachedResponseWillBeUsed: async ({ request, cachedResponse }) => {
    if (cachedResponse) return cachedResponse;
    const copy = await caches.open(BOOK_CACHE);
    return (await copy.match(cacheKeyOf(new URL(request.url), kind), { ignoreSearch: true })) ?? undefined;
  },
});

const is =
  (kind: RouteKind) =>
  ({ request, url }: RouteMatchCallbackOptions) =>
    routeOf({ url, origin: self.location.origin, method: request.method, mode: request.mode, headers: request.headers }) === kind;

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  precacheOptions: { cleanupOutdatedCaches: true, directoryIndex: 'index.html' },
  // A new version waits until the reader chooses to reload (the page sends SKIP_WAITING), so an
  // open page never runs against another version's worker mid-read.
  skipWaiting: false,
  // The first worker takes charge of the page that registered it, so what it loads next is kept.
  clientsClaim: true,
  navigationPreload: false,
  disableDevLogs: true,
  runtimeCaching: [
    { matcher: is('bypass'), handler: new NetworkOnly() },
    { matcher: is('pages'), handler: new StaleWhileRevalidate({ cacheName: pagesCache(version), plugins: [fromOfflineCopy('pages')] }) },
    {
      matcher: is('static'),
      handler: new CacheFirst({
        cacheName: STATIC_CACHE,
        // Old versions' chunks stay for pages still open; the oldest go once there are many.
        plugins: [fromOfflineCopy('static'), new ExpirationPlugin({ maxEntries: 1500, purgeOnQuotaError: true })],
      }),
    },
    { matcher: is('engines'), handler: new CacheFirst({ cacheName: ENGINES_CACHE, plugins: [fromOfflineCopy('engines'), new ExpirationPlugin({ maxEntries: 12 })] }) },
    { matcher: is('mutable'), handler: new StaleWhileRevalidate({ cacheName: MUTABLE_CACHE, plugins: [fromOfflineCopy('mutable')] }) },
  ],
});

// Other versions' pages are removed only once this worker is in charge (after the reader reloaded).
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((names) => Promise.all(staleCaches(names, version).map((name) => caches.delete(name)))),
  );
});

serwist.addEventListeners();
