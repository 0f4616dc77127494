'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { BOOK_CACHE, BOOK_FETCH_HEADER, BOOK_LIST_URL, bookListSchema, groupLabels, totals, type BookList } from '@/lib/offline/book';
import { copyState, keepBook, readRecord, type CopyState, type Progress } from '@/lib/offline/keep';
import { formatBytes } from '@/lib/format';

type Phase =
  | { name: 'loading' }
  | { name: 'unsupported' }
  | { name: 'error'; message: string }
  | { name: 'ready'; list: BookList; copy: CopyState; sameVersion: boolean; note: string | null }
  | { name: 'fetching'; list: BookList; progress: Progress };

const mb = (p: Progress) => `${formatBytes(p.doneBytes)} of ${formatBytes(p.totalBytes)} (${p.doneFiles} of ${p.totalFiles} files)`;

/** The list of the book's files: the server's, or offline the one stored with the copy. */
async function loadList(): Promise<{ list: BookList; stored: boolean }> {
  const parse = async (response: Response) => {
    const parsed = bookListSchema.safeParse(await response.json());
    if (!parsed.success) throw new Error('the list is not in the expected form');
    return parsed.data;
  };
  try {
    const response = await fetch(BOOK_LIST_URL, { cache: 'no-cache', headers: { [BOOK_FETCH_HEADER]: 'list' } });
    if (!response.ok) throw new Error(`the list answered ${response.status}`);
    return { list: await parse(response), stored: false };
  } catch (error) {
    const copy = (await caches.has(BOOK_CACHE)) ? await (await caches.open(BOOK_CACHE)).match(BOOK_LIST_URL) : undefined;
    if (!copy) throw error;
    return { list: await parse(copy), stored: true };
  }
}

async function freeSpace(): Promise<number | null> {
  const estimate = await navigator.storage?.estimate?.().catch(() => null);
  return estimate?.quota !== undefined && estimate.usage !== undefined ? estimate.quota - estimate.usage : null;
}

/**
 * "Keep the book offline": fetches every page, the code of every figure and sandbox, their workers
 * and the engines into one cache that the service worker answers from when the network is gone.
 * Says the size first, shows progress, can be cancelled (what was fetched stays; a second click
 * fetches the rest), says what is stored after, and removes it on request.
 */
export default function OfflinePanel() {
  const [phase, setPhase] = useState<Phase>({ name: 'loading' });
  const [announce, setAnnounce] = useState('');
  const abort = useRef<AbortController | null>(null);

  const refresh = useCallback(async (note: string | null = null) => {
    if (typeof caches === 'undefined' || !('serviceWorker' in navigator)) return setPhase({ name: 'unsupported' });
    try {
      const { list, stored } = await loadList();
      // Opening the cache would create it: a removed copy stays removed.
      const record = (await caches.has(BOOK_CACHE)) ? await readRecord(await caches.open(BOOK_CACHE)) : null;
      const offline = stored ? 'The network is not reachable: this is the offline copy’s own list.' : null;
      setPhase({ name: 'ready', list, copy: copyState(list, record), sameVersion: record?.version === list.version, note: note ?? offline });
    } catch (error) {
      setPhase({ name: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }, []);

  useEffect(() => {
    void refresh();
    return () => abort.current?.abort();
  }, [refresh]);

  const keep = async (list: BookList, missingBytes: number) => {
    const free = await freeSpace();
    if (free !== null && free < missingBytes) {
      return refresh(`This browser offers about ${formatBytes(free)} of storage here; the copy needs ${formatBytes(missingBytes)} more. Free some space and try again.`);
    }
    const controller = new AbortController();
    abort.current = controller;
    setAnnounce('Fetching the book for offline reading.');
    setPhase({ name: 'fetching', list, progress: { doneBytes: 0, totalBytes: 0, doneFiles: 0, totalFiles: list.entries.length } });
    let last = 0;
    const cache = await caches.open(BOOK_CACHE);
    await cache.put(BOOK_LIST_URL, new Response(JSON.stringify(list), { headers: { 'Content-Type': 'application/json' } }));
    const result = await keepBook({
      list,
      cache,
      signal: controller.signal,
      fetchFile: (url, signal) => fetch(url, { signal, cache: 'no-cache', headers: { [BOOK_FETCH_HEADER]: 'keep' } }),
      onProgress: (progress) => {
        const now = performance.now();
        if (now - last < 100 && progress.doneFiles < progress.totalFiles) return; // a repaint at most every 100 ms
        last = now;
        setPhase({ name: 'fetching', list, progress });
      },
    });
    abort.current = null;
    if (result.status === 'complete') void navigator.storage?.persist?.().catch(() => false);
    const note =
      result.status === 'complete'
        ? 'Done. Every page opens and every sandbox runs with the network gone.'
        : result.status === 'cancelled'
          ? `Cancelled. The ${result.fetchedFiles} files fetched are kept; “Fetch the rest” goes on from there.`
          : `Stopped: ${result.message}. What was fetched is kept; try again when the connection is back.`;
    setAnnounce(note);
    await refresh(note);
  };

  const remove = async () => {
    await caches.delete(BOOK_CACHE);
    setAnnounce('The offline copy was removed.');
    await refresh('The offline copy was removed. Pages you open are still kept as you read them.');
  };

  return (
    <section className="offline-panel" aria-labelledby="offline-title">
      <h2 id="offline-title">Read it offline</h2>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announce}
      </p>
      <Body phase={phase} onKeep={(l, b) => void keep(l, b)} onCancel={() => abort.current?.abort()} onRemove={() => void remove()} onRetry={() => void refresh()} />
    </section>
  );
}

interface BodyProps {
  phase: Phase;
  onKeep: (list: BookList, missingBytes: number) => void;
  onCancel: () => void;
  onRemove: () => void;
  onRetry: () => void;
}

function Body({ phase, onKeep, onCancel, onRemove, onRetry }: BodyProps) {
  switch (phase.name) {
    case 'loading':
      return <p>Checking what this device holds…</p>;
    case 'unsupported':
      return <p>This browser cannot keep pages for offline reading (it has no service workers or no cache storage here, as in some private windows).</p>;
    case 'error':
      return (
        <>
          <p role="alert">Could not read the list of the book’s files: {phase.message}.</p>
          <button type="button" className="button" onClick={onRetry}>
            Retry
          </button>
        </>
      );
    case 'fetching': {
      const { progress } = phase;
      return (
        <>
          <label htmlFor="offline-progress">Fetching the book: {mb(progress)}</label>
          <progress id="offline-progress" max={progress.totalBytes || 1} value={progress.doneBytes} aria-valuetext={mb(progress)} />
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        </>
      );
    }
    case 'ready': {
      const { list, copy, sameVersion, note } = phase;
      const all = totals(list.entries);
      const complete = copy.missingFiles === 0;
      const empty = copy.files === 0 && copy.outdatedFiles === 0;
      return (
        <>
          <p>
            Pages you open are kept as you read. To read the rest, and run every sandbox, with the network gone, keep the whole
            book on this device: {all.files} files, {formatBytes(all.bytes)}.
          </p>
          <ul className="offline-sizes">
            {all.groups.map((g) => (
              <li key={g.group}>
                {groupLabels[g.group]}: {formatBytes(g.bytes)}
              </li>
            ))}
          </ul>
          <p className="offline-state">
            {complete
              ? `Stored on this device: the whole book, ${copy.files} files, ${formatBytes(copy.bytes)}.`
              : empty
                ? 'Nothing is stored for offline reading yet.'
                : !sameVersion && copy.outdatedFiles > 0
                  ? `Stored on this device: a copy of an earlier version of the book. Updating it fetches ${formatBytes(copy.missingBytes)}.`
                  : `Stored on this device: ${copy.files} of ${all.files} files, ${formatBytes(copy.bytes)} of ${formatBytes(all.bytes)}.`}
          </p>
          {note ? <p className="offline-note">{note}</p> : null}
          <div className="notice-actions">
            {complete ? null : (
              <button type="button" className="button" onClick={() => onKeep(list, copy.missingBytes)}>
                {empty ? `Keep the book offline (${formatBytes(copy.missingBytes)})` : !sameVersion && copy.outdatedFiles > 0 ? `Update the offline copy (${formatBytes(copy.missingBytes)})` : `Fetch the rest (${formatBytes(copy.missingBytes)})`}
              </button>
            )}
            {empty ? null : (
              <button type="button" className="button" onClick={onRemove}>
                Remove the offline copy
              </button>
            )}
          </div>
        </>
      );
    }
  }
}
