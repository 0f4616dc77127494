import { describe, expect, it } from 'vitest';
import { bookListSchema, groupOf, isBookFile, planBook, totals, urlOf } from './book';

const file = (path: string, size: number, revision = `r-${path}`) => ({ path, size, revision });

describe('the offline copy’s list of files', () => {
  it('names pages as a browser asks for them', () => {
    expect(urlOf('index.html')).toBe('/');
    expect(urlOf('chapters/fundamentals/index.html')).toBe('/chapters/fundamentals/');
    expect(urlOf('404.html')).toBe('/404.html');
    expect(urlOf('engines/duckdb-eh-1.32.0.wasm')).toBe('/engines/duckdb-eh-1.32.0.wasm');
  });

  it('leaves out the worker, the list itself, source maps, stray sources and navigation payloads', () => {
    expect(isBookFile('sw.js')).toBe(false);
    expect(isBookFile('offline-book.json')).toBe(false);
    expect(isBookFile('_next/static/chunks/a.js.map')).toBe(false);
    expect(isBookFile('_next/static/media/worker.ts')).toBe(false);
    expect(isBookFile('chapters/x/index.txt')).toBe(false);
    expect(isBookFile('_not-found/index.html')).toBe(false);
    expect(isBookFile('chapters/x/index.html')).toBe(true);
    expect(isBookFile('engines/sqlite/sqlite3.wasm')).toBe(true);
    expect(isBookFile('chapters/data-systems/anchors.json')).toBe(true);
  });

  it('groups files as the panel reports them', () => {
    expect(groupOf('chapters/x/index.html')).toBe('pages');
    expect(groupOf('_next/static/chunks/a.js')).toBe('code');
    expect(groupOf('pagefind/pagefind.js')).toBe('code');
    expect(groupOf('engines/sqlite/index.mjs')).toBe('engines');
    expect(groupOf('icon.svg')).toBe('other');
  });

  it('plans pages first and engines last, and adds up sizes per group', () => {
    const list = planBook(
      [
        file('engines/duckdb-eh-1.32.0.wasm', 34_000_000),
        file('sw.js', 40_000),
        file('_next/static/chunks/b.js', 2_000),
        file('index.html', 20_000),
        file('_next/static/chunks/a.js', 1_000),
        file('chapters/x/index.html', 30_000),
        file('chapters/x/index.txt', 25_000),
        file('icon.svg', 500),
      ],
      'v1',
    );
    expect(list.entries.map((e) => e.url)).toEqual([
      '/',
      '/chapters/x/',
      '/_next/static/chunks/a.js',
      '/_next/static/chunks/b.js',
      '/engines/duckdb-eh-1.32.0.wasm',
      '/icon.svg',
    ]);
    const sum = totals(list.entries);
    expect(sum.files).toBe(6);
    expect(sum.bytes).toBe(20_000 + 30_000 + 1_000 + 2_000 + 34_000_000 + 500);
    expect(sum.groups).toEqual([
      { group: 'pages', files: 2, bytes: 50_000 },
      { group: 'code', files: 2, bytes: 3_000 },
      { group: 'engines', files: 1, bytes: 34_000_000 },
      { group: 'other', files: 1, bytes: 500 },
    ]);
  });

  it('refuses a list that is empty or malformed', () => {
    expect(() => planBook([file('sw.js', 1)], 'v1')).toThrow();
    expect(bookListSchema.safeParse({ version: 'v', entries: [{ url: 'no-slash', revision: 'r', size: 1, group: 'pages' }] }).success).toBe(false);
    expect(bookListSchema.safeParse({ version: 'v', entries: [{ url: '/', revision: 'r', size: -1, group: 'pages' }] }).success).toBe(false);
  });
});
