import { z } from 'zod';
import type { BookEntry, BookList } from './book';
import { BOOK_RECORD_URL } from './names';

/**
 * Fetching the book into its offline cache, and the record of what the cache holds. The cache and
 * the fetch are passed in (the browser's in the panel, fakes in tests).
 */

export interface CacheLike {
  match(url: string): Promise<Response | undefined>;
  put(url: string, response: Response): Promise<void>;
  delete(url: string): Promise<boolean>;
}

export type FetchFile = (url: string, signal: AbortSignal) => Promise<Response>;

const recordSchema = z.object({
  version: z.string(),
  /** url → revision of the copy stored */
  stored: z.record(z.string(), z.string()),
  updatedAt: z.string(),
});
export type OfflineRecord = z.infer<typeof recordSchema>;

/** The stored record, or null when there is none or it cannot be read (then the copy counts as empty). */
export async function readRecord(cache: CacheLike): Promise<OfflineRecord | null> {
  const response = await cache.match(BOOK_RECORD_URL);
  if (!response) return null;
  try {
    const parsed = recordSchema.safeParse(await response.json());
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

async function writeRecord(cache: CacheLike, record: OfflineRecord): Promise<void> {
  await cache.put(BOOK_RECORD_URL, new Response(JSON.stringify(record), { headers: { 'Content-Type': 'application/json' } }));
}

export interface CopyState {
  /** Files of the current list whose stored copy is the current one. */
  files: number;
  bytes: number;
  /** What "Keep the book offline" would still fetch. */
  missingFiles: number;
  missingBytes: number;
  /** Files stored from an earlier version of the book that the current list no longer has. */
  outdatedFiles: number;
}

export function copyState(list: BookList, record: OfflineRecord | null): CopyState {
  const stored = record?.stored ?? {};
  const current = list.entries.filter((e) => stored[e.url] === e.revision);
  const missing = list.entries.filter((e) => stored[e.url] !== e.revision);
  const urls = new Set(list.entries.map((e) => e.url));
  const sum = (entries: BookEntry[]) => entries.reduce((total, e) => total + e.size, 0);
  return {
    files: current.length,
    bytes: sum(current),
    missingFiles: missing.length,
    missingBytes: sum(missing),
    outdatedFiles: Object.keys(stored).filter((url) => !urls.has(url)).length,
  };
}

export interface Progress {
  doneBytes: number;
  totalBytes: number;
  doneFiles: number;
  totalFiles: number;
}

export type KeepResult =
  | { status: 'complete'; fetchedFiles: number; fetchedBytes: number }
  | { status: 'cancelled'; fetchedFiles: number; fetchedBytes: number }
  | { status: 'failed'; fetchedFiles: number; fetchedBytes: number; message: string };

export interface KeepOptions {
  list: BookList;
  cache: CacheLike;
  fetchFile: FetchFile;
  signal: AbortSignal;
  onProgress?: (progress: Progress) => void;
  /** Files fetched at once. */
  concurrency?: number;
  now?: () => Date;
}

/** Reads a body to the end, counting bytes as they arrive, and gives back a response to store. */
async function readCounting(response: Response, onBytes: (n: number) => void, signal: AbortSignal): Promise<Response> {
  const headers = new Headers(response.headers);
  if (!response.body) return new Response(await response.arrayBuffer(), { headers });
  const reader = response.body.getReader();
  const parts: Uint8Array[] = [];
  for (;;) {
    if (signal.aborted) {
      await reader.cancel();
      throw new DOMException('Cancelled', 'AbortError');
    }
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    onBytes(value.byteLength);
  }
  return new Response(new Blob(parts as BlobPart[]), { headers });
}

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/**
 * Fetches every file of the list that the cache does not hold in its current revision, stores each,
 * and keeps the record up to date as it goes (so a cancelled or failed run keeps what it fetched and
 * the next run fetches only the rest). When all are stored, files of earlier versions are removed.
 */
export async function keepBook({ list, cache, fetchFile, signal, onProgress, concurrency = 4, now = () => new Date() }: KeepOptions): Promise<KeepResult> {
  const previous = await readRecord(cache);
  const stored: Record<string, string> = { ...(previous?.stored ?? {}) };
  const todo = list.entries.filter((e) => stored[e.url] !== e.revision);
  const totalBytes = list.entries.reduce((sum, e) => sum + e.size, 0);
  let doneBytes = totalBytes - todo.reduce((sum, e) => sum + e.size, 0);
  let doneFiles = list.entries.length - todo.length;
  let fetchedFiles = 0;
  let fetchedBytes = 0;
  const report = () => onProgress?.({ doneBytes: Math.min(doneBytes, totalBytes), totalBytes, doneFiles, totalFiles: list.entries.length });
  const save = () => writeRecord(cache, { version: list.version, stored, updatedAt: now().toISOString() });
  report();

  let next = 0;
  const outcome: { failure: string | null } = { failure: null };
  const worker = async () => {
    while (next < todo.length && !signal.aborted && outcome.failure === null) {
      const entry = todo[next++];
      if (!entry) break;
      let counted = 0;
      try {
        const response = await fetchFile(entry.url, signal);
        if (!response.ok) throw new Error(`${entry.url} answered ${response.status}`);
        const body = await readCounting(response, (n) => {
          counted += n;
          doneBytes += n;
          report();
        }, signal);
        await cache.put(entry.url, body);
        stored[entry.url] = entry.revision;
        doneBytes += entry.size - counted; // the list's size is the one counted (a server may compress)
        doneFiles++;
        fetchedFiles++;
        fetchedBytes += counted;
        report();
        if (fetchedFiles % 25 === 0) await save();
      } catch (error) {
        doneBytes -= counted;
        if (isAbort(error) || signal.aborted) return;
        outcome.failure = `Could not fetch ${entry.url}: ${error instanceof Error ? error.message : String(error)}`;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));

  if (outcome.failure === null && !signal.aborted) {
    const urls = new Set(list.entries.map((e) => e.url));
    for (const url of Object.keys(stored)) {
      if (urls.has(url)) continue;
      await cache.delete(url);
      delete stored[url];
    }
  }
  await save();
  report();
  if (outcome.failure !== null) return { status: 'failed', fetchedFiles, fetchedBytes, message: outcome.failure };
  if (signal.aborted) return { status: 'cancelled', fetchedFiles, fetchedBytes };
  return { status: 'complete', fetchedFiles, fetchedBytes };
}
