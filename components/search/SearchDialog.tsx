'use client';

import { useEffect, useId, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { loadPagefind, searchBook, type SearchAnswer } from '@/lib/search/pagefind';
import { announce, excerptParts, type PagefindModule } from '@/lib/search/results';
import styles from './search.module.css';

type IndexState = { kind: 'loading' } | { kind: 'ready'; pagefind: PagefindModule } | { kind: 'error'; message: string };

/** Wait after the last key before searching, so a query typed quickly runs once. */
const DEBOUNCE_MS = 120;

function Excerpt({ text }: { text: string }) {
  return (
    <span className={styles.excerpt}>
      {excerptParts(text).map((part, i) => (part.mark ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </span>
  );
}

/**
 * Search over the whole book: a modal dialog (focus stays inside; Escape closes it), results as
 * links to the heading each hit falls under. Arrow keys move between the field and the results,
 * Enter in the field follows the first result, and a live region says how many pages match.
 */
export default function SearchDialog({ onClose }: { onClose: (followed: boolean) => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const ids = useId();
  const [index, setIndex] = useState<IndexState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [query, setQuery] = useState('');
  const [answer, setAnswer] = useState<SearchAnswer | null>(null);
  const [failed, setFailed] = useState<string | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (!element.open) element.showModal();
    input.current?.focus();
    const onCancel = (event: Event) => {
      event.preventDefault();
      onClose(false);
    };
    element.addEventListener('cancel', onCancel);
    return () => {
      element.removeEventListener('cancel', onCancel);
      if (element.open) element.close();
    };
  }, [onClose]);

  useEffect(() => {
    let live = true;
    loadPagefind().then(
      (pagefind) => live && setIndex({ kind: 'ready', pagefind }),
      (error: unknown) => live && setIndex({ kind: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [attempt]);

  const trimmed = query.trim();
  useEffect(() => {
    if (index.kind !== 'ready' || trimmed === '') return;
    let live = true;
    const timer = setTimeout(() => {
      searchBook(index.pagefind, trimmed).then(
        (result) => {
          if (!live) return;
          setAnswer(result);
          setFailed(null);
        },
        (error: unknown) => live && setFailed(error instanceof Error ? error.message : String(error)),
      );
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [index, trimmed]);

  const shown = trimmed !== '' && answer !== null && answer.query === trimmed ? answer : null;
  const status =
    index.kind === 'loading'
      ? 'Loading the search index…'
      : index.kind === 'error' || trimmed === ''
        ? ''
        : failed !== null
          ? `The search failed: ${failed}`
          : shown
            ? announce(shown.query, shown.total, shown.pages.length)
            : 'Searching…';

  const hitLinks = () => [...(dialog.current?.querySelectorAll<HTMLAnchorElement>('a[data-search-hit]') ?? [])];

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose(false);
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp' && !(event.key === 'Enter' && event.target === input.current)) return;
    const links = hitLinks();
    if (links.length === 0) return;
    event.preventDefault();
    if (event.key === 'Enter') {
      links[0]?.click();
      return;
    }
    const at = links.findIndex((link) => link === document.activeElement);
    const next = event.key === 'ArrowDown' ? Math.min(at + 1, links.length - 1) : at - 1;
    if (next < 0) input.current?.focus();
    else links[next]?.focus();
  };

  /** A plain click follows the hit in this tab: close first, then go (a same-page hit only scrolls). */
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    const url = event.currentTarget.href;
    onClose(true);
    window.location.assign(url);
  };

  return (
    <dialog ref={dialog} className={styles.dialog} aria-labelledby={`${ids}-title`} onKeyDown={onKeyDown} data-search-dialog="">
      <div className={styles.top}>
        <h2 id={`${ids}-title`} className={styles.title}>
          Search the book
        </h2>
        <button type="button" className={styles.close} onClick={() => onClose(false)}>
          Close<span className="visually-hidden"> search</span>
        </button>
      </div>
      <form role="search" className={styles.form} onSubmit={(event) => event.preventDefault()}>
        <label htmlFor={`${ids}-query`} className={styles.label}>
          Words to find in the chapters, the glossary and the references
        </label>
        <input
          ref={input}
          id={`${ids}-query`}
          className={styles.input}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
          aria-describedby={`${ids}-status ${ids}-keys`}
        />
        <p id={`${ids}-keys`} className={styles.keys}>
          <kbd>↓</kbd> <kbd>↑</kbd> move through the results, <kbd>Enter</kbd> opens one, <kbd>Esc</kbd> closes.
        </p>
      </form>
      <p id={`${ids}-status`} className={styles.status} role="status" aria-live="polite" aria-atomic="true" data-search-status="">
        {status}
      </p>
      {index.kind === 'error' && (
        <div className={styles.error} role="alert">
          <p>
            Search could not load: {index.message}. The index is built with the site (<code>npm run build</code>); offline, it is there only once the book
            has been kept for offline reading.
          </p>
          <button
            type="button"
            className="button"
            onClick={() => {
              setIndex({ kind: 'loading' });
              setAttempt((a) => a + 1);
            }}
          >
            Retry
          </button>
        </div>
      )}
      {shown && shown.pages.length > 0 && (
        <ol className={styles.results} aria-label={`Results for “${shown.query}”`}>
          {shown.pages.map((page) => (
            <li key={page.url} className={styles.page}>
              <h3 className={styles.pageTitle}>
                {page.title}
                {page.place && <span className={styles.place}>{page.place}</span>}
              </h3>
              <ul className={styles.hits}>
                {page.hits.map((hit, i) => (
                  <li key={`${i}-${hit.url}`}>
                    <a href={hit.url} className={styles.hit} onClick={follow} data-search-hit="">
                      <span className={styles.heading}>{hit.heading}</span>
                      <Excerpt text={hit.excerpt} />
                    </a>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </dialog>
  );
}
