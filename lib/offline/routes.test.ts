import { describe, expect, it } from 'vitest';
import { BOOK_CACHE, BOOK_FETCH_HEADER } from './names';
import { cacheKeyOf, pagesCache, routeOf, staleCaches, STATIC_CACHE } from './routes';

const origin = 'https://book.example';
const route = (path: string, { mode = 'cors', method = 'GET', header = null }: { mode?: RequestMode; method?: string; header?: string | null } = {}) =>
  routeOf({ url: new URL(path, origin), origin, method, mode, headers: { get: (name) => (name === BOOK_FETCH_HEADER ? header : null) } });

describe('what the service worker does with a request', () => {
  it('serves pages and their navigation payloads stale-while-revalidate', () => {
    expect(route('/chapters/x/', { mode: 'navigate' })).toBe('pages');
    expect(route('/chapters/x/')).toBe('pages');
    expect(route('/chapters/x/index.txt?_rsc=abc')).toBe('pages');
    expect(route('/404.html')).toBe('pages');
  });

  it('keeps hashed code and versioned engines cache-first, everything else of the site stale-while-revalidate', () => {
    expect(route('/_next/static/chunks/0a1b.js')).toBe('static');
    expect(route('/engines/duckdb-eh-1.32.0.wasm')).toBe('engines');
    expect(route('/engines/parquet-wasm-0.8.0.wasm')).toBe('engines');
    expect(route('/engines/sqlite/sqlite3.wasm')).toBe('mutable');
    expect(route('/icon.svg')).toBe('mutable');
  });

  it('leaves alone other origins, other methods, itself, and the panel’s own fetches', () => {
    expect(routeOf({ url: new URL('https://elsewhere.example/a.js'), origin, method: 'GET', mode: 'cors', headers: { get: () => null } })).toBeNull();
    expect(route('/chapters/x/', { method: 'POST' })).toBeNull();
    expect(route('/sw.js')).toBeNull();
    expect(route('/engines/duckdb-eh-1.32.0.wasm', { header: 'keep' })).toBe('bypass');
  });

  it('keys pages without their query, other files with it', () => {
    expect(cacheKeyOf(new URL('/chapters/x/index.txt?_rsc=1', origin), 'pages')).toBe(`${origin}/chapters/x/index.txt`);
    expect(cacheKeyOf(new URL('/chapters/x/?windows.v=1', origin), 'pages')).toBe(`${origin}/chapters/x/`);
    expect(cacheKeyOf(new URL('/_next/static/a.js?dpl=1', origin), 'static')).toBe(`${origin}/_next/static/a.js?dpl=1`);
  });

  it('removes only other versions’ pages when a new worker takes over', () => {
    const names = [pagesCache('old'), pagesCache('new'), STATIC_CACHE, BOOK_CACHE, 'serwist-precache-v2-x', 'someone-else'];
    expect(staleCaches(names, 'new')).toEqual([pagesCache('old')]);
  });
});
