import { BOOK_FETCH_HEADER } from './names';

/**
 * How the service worker treats each request: which cache and strategy. Pure, so it is tested
 * without a browser (routes.test.ts); sw/sw.ts wires these to Serwist's strategies.
 *
 *   pages     the exported pages and React's payloads for them: stale-while-revalidate, in a cache
 *             named by the build, so a new version's worker starts with fresh pages and the old
 *             ones are removed only when it takes over
 *   static    /_next/static/…, named by content hash: cache-first, shared across versions (an open
 *             page of the old version keeps finding its chunks)
 *   engines   /engines/… whose names carry the engine's version: cache-first
 *   mutable   other files of the site (SQLite's unversioned files, icons, lists): stale-while-revalidate
 *   bypass    the home page panel's own fetches for the offline copy: straight to the network
 */
export type RouteKind = 'pages' | 'static' | 'engines' | 'mutable' | 'bypass';

export const CACHE_PREFIX = 'dsml-';
export const STATIC_CACHE = `${CACHE_PREFIX}static`;
export const ENGINES_CACHE = `${CACHE_PREFIX}engines`;
export const MUTABLE_CACHE = `${CACHE_PREFIX}files`;
export const pagesCache = (version: string) => `${CACHE_PREFIX}pages-${version}`;

export interface RequestFacts {
  url: URL;
  /** The service worker's own origin. */
  origin: string;
  method: string;
  mode: RequestMode;
  headers: { get(name: string): string | null };
}

/** null: not the worker's business (another origin, not a GET): the browser handles it as usual. */
export function routeOf({ url, origin, method, mode, headers }: RequestFacts): RouteKind | null {
  if (method !== 'GET' || url.origin !== origin) return null;
  if (headers.get(BOOK_FETCH_HEADER) !== null) return 'bypass';
  const path = url.pathname;
  if (path === '/sw.js') return null;
  if (mode === 'navigate' || path.endsWith('/') || path.endsWith('.html') || path.endsWith('.txt')) return 'pages';
  if (path.startsWith('/_next/static/')) return 'static';
  if (/^\/engines\/[^/]+-\d+\.\d+\.\d+[^/]*\.wasm$/.test(path)) return 'engines';
  return 'mutable';
}

/**
 * The key a response is cached under. React's payload requests carry a `_rsc` cache-busting query
 * that changes per request; dropping the query lets a stored payload answer the next request.
 * Pages are keyed without their query too (a reader's `?s=…` settings link opens the same page).
 */
export function cacheKeyOf(url: URL, kind: RouteKind): string {
  if (kind === 'pages') return `${url.origin}${url.pathname}`;
  return url.href;
}

/** Caches to delete when the worker of `version` takes over: other versions' pages. */
export function staleCaches(names: readonly string[], version: string): string[] {
  const keep = pagesCache(version);
  return names.filter((name) => name.startsWith(`${CACHE_PREFIX}pages-`) && name !== keep);
}

