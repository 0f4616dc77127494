import { z } from 'zod';
import { BOOK_LIST_URL } from './names';

/**
 * The offline copy of the book: which of the exported site's files "Keep the book offline" fetches,
 * and the list the build writes for it (out/offline-book.json), read by the home page's panel.
 */

export { BOOK_CACHE, BOOK_FETCH_HEADER, BOOK_LIST_URL, BOOK_RECORD_URL } from './names';

export const groups = ['pages', 'code', 'engines', 'other'] as const;
export type Group = (typeof groups)[number];

export const groupLabels: Record<Group, string> = {
  pages: 'Pages',
  code: 'Code of the figures and sandboxes, with their workers',
  engines: 'Engines (DuckDB, SQLite, Parquet)',
  other: 'Other files',
};

const entrySchema = z.object({
  url: z.string().startsWith('/'),
  revision: z.string().min(1),
  size: z.number().int().nonnegative(),
  group: z.enum(groups),
});
export type BookEntry = z.infer<typeof entrySchema>;

export const bookListSchema = z.object({
  version: z.string().min(1),
  entries: z.array(entrySchema).min(1),
});
export type BookList = z.infer<typeof bookListSchema>;

/** A file of the export as the build sees it: its path under out/, a content hash, its size. */
export interface BuiltFile {
  path: string;
  revision: string;
  size: number;
}

/**
 * Files never fetched for the offline copy: the service worker and this list (they change with
 * every deploy and are fetched by the browser itself), source maps, a stray TypeScript source, and
 * React's payloads for client-side navigation (.txt: as large as the pages again; offline, a link
 * whose payload is missing opens as an ordinary page load, which the copy serves).
 */
export function isBookFile(path: string): boolean {
  const p = path.replace(/^\/+/, '');
  if (p === 'sw.js' || p === BOOK_LIST_URL.slice(1)) return false;
  if (/\.(map|ts|txt)$/.test(p)) return false;
  if (p.startsWith('_not-found/')) return false;
  return true;
}

export function groupOf(path: string): Group {
  const p = path.replace(/^\/+/, '');
  if (p.endsWith('.html')) return 'pages';
  if (p.startsWith('engines/')) return 'engines';
  if (p.startsWith('_next/') || p.startsWith('pagefind/')) return 'code';
  return 'other';
}

/**
 * A page's address as a reader's browser asks for it: `chapters/x/index.html` is `/chapters/x/`
 * (the export uses trailing slashes), `404.html` stays as it is.
 */
export function urlOf(path: string): string {
  const p = path.replace(/^\/+/, '');
  if (p === 'index.html') return '/';
  if (p.endsWith('/index.html')) return `/${p.slice(0, -'index.html'.length)}`;
  return `/${p}`;
}

/** The list "Keep the book offline" fetches, in a stable order (pages first, engines last). */
export function planBook(files: readonly BuiltFile[], version: string): BookList {
  const entries = files
    .filter((f) => isBookFile(f.path))
    .map((f) => ({ url: urlOf(f.path), revision: f.revision, size: f.size, group: groupOf(f.path) }))
    .sort((a, b) => groups.indexOf(a.group) - groups.indexOf(b.group) || a.url.localeCompare(b.url));
  return bookListSchema.parse({ version, entries });
}

export interface GroupTotal {
  group: Group;
  files: number;
  bytes: number;
}

/** Files and bytes per group (only the groups that have files), and over all. */
export function totals(entries: readonly BookEntry[]): { groups: GroupTotal[]; files: number; bytes: number } {
  const byGroup = groups
    .map((group) => {
      const mine = entries.filter((e) => e.group === group);
      return { group, files: mine.length, bytes: mine.reduce((sum, e) => sum + e.size, 0) };
    })
    .filter((g) => g.files > 0);
  return { groups: byGroup, files: entries.length, bytes: byGroup.reduce((sum, g) => sum + g.bytes, 0) };
}
