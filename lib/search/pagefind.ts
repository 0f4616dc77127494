import { pageDataSchema, pagefindModuleSchema, searchResponseSchema, toSearchPage, type PagefindModule, type SearchPage } from './results';

/** Where scripts/search-index.mjs writes the index: plain static files, loaded only when a reader searches. */
export const PAGEFIND_URL = '/pagefind/pagefind.js';

/** Pages whose hits the dialog loads and shows for one query. */
export const PAGES_SHOWN = 8;

export type Importer = (url: string) => Promise<unknown>;

/** The browser's own import, hidden from the bundler: pagefind.js is not part of the app's code. */
const browserImport: Importer = (url) => import(/* webpackIgnore: true */ /* turbopackIgnore: true */ url);

let loading: Promise<PagefindModule> | null = null;

/** Loads Pagefind once (a failed load is forgotten, so Retry tries again). */
export function loadPagefind(importer: Importer = browserImport): Promise<PagefindModule> {
  if (!loading) {
    loading = (async () => {
      const parsed = pagefindModuleSchema.safeParse(await importer(PAGEFIND_URL));
      if (!parsed.success) throw new Error(`the search index's script is not Pagefind's (${parsed.error.issues[0]?.message ?? 'unexpected shape'})`);
      await parsed.data.options({ excerptLength: 22 });
      await parsed.data.init();
      return parsed.data;
    })().catch((error: unknown) => {
      loading = null;
      throw error;
    });
  }
  return loading;
}

/** Forgets a loaded Pagefind (tests). */
export function resetPagefind(): void {
  loading = null;
}

export interface SearchAnswer {
  query: string;
  total: number;
  pages: SearchPage[];
}

/** Runs one query and loads the first pages' data, each checked; a page whose data is malformed is skipped. */
export async function searchBook(pagefind: PagefindModule, query: string, limit = PAGES_SHOWN): Promise<SearchAnswer> {
  const response = searchResponseSchema.safeParse(await pagefind.search(query));
  if (!response.success) throw new Error('the search index answered in an unexpected shape');
  const { results } = response.data;
  const loaded = await Promise.all(results.slice(0, limit).map(async (result) => pageDataSchema.safeParse(await result.data())));
  const pages = loaded.flatMap((page) => (page.success ? [toSearchPage(page.data)] : []));
  return { query, total: results.length, pages };
}
