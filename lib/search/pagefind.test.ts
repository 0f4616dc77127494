import { afterEach, describe, expect, it } from 'vitest';
import { loadPagefind, PAGEFIND_URL, resetPagefind, searchBook } from './pagefind';

function fakePagefind(pages: unknown[]) {
  const calls: string[] = [];
  const mod = {
    options: () => Promise.resolve(),
    init: () => {
      calls.push('init');
      return Promise.resolve();
    },
    search: (query: string) => {
      calls.push(`search:${query}`);
      return Promise.resolve({ results: pages.map((page, i) => ({ id: `en_${i}`, data: () => Promise.resolve(page) })) });
    },
  };
  return { mod, calls };
}

const page = (n: number) => ({ url: `/p${n}/`, excerpt: `page ${n}`, meta: { title: `Page ${n}` }, sub_results: [] });

afterEach(() => resetPagefind());

describe('loadPagefind', () => {
  it('imports pagefind.js from the index folder once and initialises it', async () => {
    const { mod, calls } = fakePagefind([]);
    const urls: string[] = [];
    const importer = (url: string) => {
      urls.push(url);
      return Promise.resolve(mod);
    };
    await loadPagefind(importer);
    await loadPagefind(importer);
    expect(urls).toEqual([PAGEFIND_URL]);
    expect(calls).toEqual(['init']);
  });

  it('refuses a script that is not Pagefind, and tries again on the next call', async () => {
    await expect(loadPagefind(() => Promise.resolve({ search: 1 }))).rejects.toThrow(/not Pagefind/);
    const { mod } = fakePagefind([]);
    await expect(loadPagefind(() => Promise.resolve(mod))).resolves.toBeDefined();
  });

  it('passes on a failed fetch, so the dialog can offer Retry', async () => {
    await expect(loadPagefind(() => Promise.reject(new Error('Failed to fetch')))).rejects.toThrow('Failed to fetch');
  });
});

describe('searchBook', () => {
  it('counts every matching page but loads only the first ones', async () => {
    const { mod } = fakePagefind([page(1), page(2), page(3)]);
    const answer = await searchBook(await loadPagefind(() => Promise.resolve(mod)), 'x', 2);
    expect(answer.total).toBe(3);
    expect(answer.pages.map((p) => p.title)).toEqual(['Page 1', 'Page 2']);
  });

  it('skips a page whose data is malformed', async () => {
    const { mod } = fakePagefind([{ url: 42 }, page(2)]);
    const answer = await searchBook(await loadPagefind(() => Promise.resolve(mod)), 'x');
    expect(answer.pages.map((p) => p.url)).toEqual(['/p2/']);
  });
});
