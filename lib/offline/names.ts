/**
 * Names shared by the service worker, the build and the home page's panel. Kept apart from book.ts
 * so the service worker, which imports only this and routes.ts, bundles no validation library.
 */

/** Where the build writes the list of the offline copy's files. */
export const BOOK_LIST_URL = '/offline-book.json';
/** The cache "Keep the book offline" fills; the service worker only reads it. */
export const BOOK_CACHE = 'dsml-offline-book';
/** The record of what the offline copy holds, kept inside its own cache (removed with it). */
export const BOOK_RECORD_URL = '/__offline-book__/record.json';
/** The panel's own fetches carry this header; the service worker lets them through untouched. */
export const BOOK_FETCH_HEADER = 'x-dsml-offline';
