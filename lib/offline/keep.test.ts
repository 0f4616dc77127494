import { describe, expect, it } from 'vitest';
import type { BookList } from './book';
import { copyState, keepBook, readRecord, type CacheLike, type Progress } from './keep';
import { BOOK_RECORD_URL } from './names';

class MemoryCache implements CacheLike {
  readonly files = new Map<string, string>();
  match(url: string) {
    const body = this.files.get(url);
    return Promise.resolve(body === undefined ? undefined : new Response(body));
  }
  async put(url: string, response: Response) {
    this.files.set(url, await response.text());
  }
  delete(url: string) {
    return Promise.resolve(this.files.delete(url));
  }
}

const list = (version: string, entries: [string, string, number][]): BookList => ({
  version,
  entries: entries.map(([url, revision, size]) => ({ url, revision, size, group: 'code' })),
});
const body = (size: number) => 'x'.repeat(size);
/** A server that answers every url with a body of its listed size, and counts what it was asked. */
function server(book: BookList, fail: string | null = null) {
  const asked: string[] = [];
  const fetchFile = (url: string) => {
    asked.push(url);
    if (url === fail) return Promise.resolve(new Response('gone', { status: 404 }));
    const entry = book.entries.find((e) => e.url === url);
    return Promise.resolve(new Response(body(entry?.size ?? 0)));
  };
  return { asked, fetchFile };
}
const now = () => new Date('2026-12-06T10:00:00Z');

const v1 = list('v1', [
  ['/', 'a', 10],
  ['/chapters/x/', 'b', 20],
  ['/_next/static/c.js', 'c', 30],
  ['/engines/e.wasm', 'e', 1000],
]);

describe('keeping the book offline', () => {
  it('fetches every file, stores it, reports progress up to the total, and records what it holds', async () => {
    const cache = new MemoryCache();
    const { asked, fetchFile } = server(v1);
    const seen: Progress[] = [];
    const result = await keepBook({ list: v1, cache, fetchFile, signal: new AbortController().signal, onProgress: (p) => seen.push(p), now });
    expect(result).toEqual({ status: 'complete', fetchedFiles: 4, fetchedBytes: 1060 });
    expect(asked.sort()).toEqual(['/', '/_next/static/c.js', '/chapters/x/', '/engines/e.wasm']);
    expect(cache.files.get('/engines/e.wasm')).toHaveLength(1000);
    expect(seen.at(-1)).toEqual({ doneBytes: 1060, totalBytes: 1060, doneFiles: 4, totalFiles: 4 });
    expect(seen.every((p, i) => i === 0 || p.doneBytes >= (seen[i - 1]?.doneBytes ?? 0))).toBe(true);
    const record = await readRecord(cache);
    expect(record).toEqual({ version: 'v1', stored: { '/': 'a', '/chapters/x/': 'b', '/_next/static/c.js': 'c', '/engines/e.wasm': 'e' }, updatedAt: '2026-12-06T10:00:00.000Z' });
    expect(copyState(v1, record)).toEqual({ files: 4, bytes: 1060, missingFiles: 0, missingBytes: 0, outdatedFiles: 0 });
  });

  it('after a new version, fetches only what changed and removes files the new version no longer has', async () => {
    const cache = new MemoryCache();
    await keepBook({ list: v1, cache, fetchFile: server(v1).fetchFile, signal: new AbortController().signal, now });
    const v2 = list('v2', [
      ['/', 'a2', 11],
      ['/chapters/x/', 'b', 20],
      ['/_next/static/d.js', 'd', 40],
      ['/engines/e.wasm', 'e', 1000],
    ]);
    expect(copyState(v2, await readRecord(cache))).toEqual({ files: 2, bytes: 1020, missingFiles: 2, missingBytes: 51, outdatedFiles: 1 });
    const { asked, fetchFile } = server(v2);
    const result = await keepBook({ list: v2, cache, fetchFile, signal: new AbortController().signal, now });
    expect(result).toEqual({ status: 'complete', fetchedFiles: 2, fetchedBytes: 51 });
    expect(asked.sort()).toEqual(['/', '/_next/static/d.js']);
    expect(cache.files.has('/_next/static/c.js')).toBe(false);
    expect(copyState(v2, await readRecord(cache))).toEqual({ files: 4, bytes: 1071, missingFiles: 0, missingBytes: 0, outdatedFiles: 0 });
  });

  it('a cancelled run keeps what it fetched, and the next run fetches only the rest', async () => {
    const cache = new MemoryCache();
    const controller = new AbortController();
    const { fetchFile } = server(v1);
    const first = await keepBook({
      list: v1,
      cache,
      fetchFile,
      signal: controller.signal,
      concurrency: 1,
      onProgress: (p) => {
        if (p.doneFiles === 2) controller.abort();
      },
      now,
    });
    expect(first.status).toBe('cancelled');
    expect(first.fetchedFiles).toBe(2);
    expect(copyState(v1, await readRecord(cache))).toMatchObject({ files: 2, bytes: 30, missingFiles: 2, missingBytes: 1030 });
    const rest = server(v1);
    const second = await keepBook({ list: v1, cache, fetchFile: rest.fetchFile, signal: new AbortController().signal, concurrency: 1, now });
    expect(second).toEqual({ status: 'complete', fetchedFiles: 2, fetchedBytes: 1030 });
    expect(rest.asked).toEqual(['/_next/static/c.js', '/engines/e.wasm']);
  });

  it('stops at a file the server does not have, says which, and keeps the rest it fetched', async () => {
    const cache = new MemoryCache();
    const result = await keepBook({ list: v1, cache, fetchFile: server(v1, '/_next/static/c.js').fetchFile, signal: new AbortController().signal, concurrency: 1, now });
    expect(result).toMatchObject({ status: 'failed', fetchedFiles: 2, message: 'Could not fetch /_next/static/c.js: /_next/static/c.js answered 404' });
    expect(copyState(v1, await readRecord(cache))).toMatchObject({ files: 2, missingFiles: 2 });
  });

  it('treats an unreadable record as an empty copy', async () => {
    const cache = new MemoryCache();
    cache.files.set(BOOK_RECORD_URL, '{"version": 3}');
    expect(await readRecord(cache)).toBeNull();
    cache.files.set(BOOK_RECORD_URL, 'not json');
    expect(await readRecord(cache)).toBeNull();
    expect(copyState(v1, null)).toEqual({ files: 0, bytes: 0, missingFiles: 4, missingBytes: 1060, outdatedFiles: 0 });
  });
});
