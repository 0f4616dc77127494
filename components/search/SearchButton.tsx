'use client';

import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { LoadBoundary } from '../LoadBoundary';
import styles from './search.module.css';

// The dialog's code, and Pagefind's script and index after it, load only when the reader opens search.
// A failed load is cached by lazy(), so Retry makes a new one.
const lazyDialog = () => lazy(() => import('./SearchDialog'));

/** Whether a key press belongs to a field the reader is typing in (then "/" is a character, not a shortcut). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['button', 'checkbox', 'radio', 'range', 'reset', 'submit', 'color', 'file', 'image'].includes(target.type);
  return target.closest('[contenteditable=""], [contenteditable="true"], .cm-editor, [role="textbox"]') !== null;
}

/** The header's Search button; "/" anywhere outside a text field opens the same dialog. */
export function SearchButton() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const [SearchDialog, setSearchDialog] = useState(lazyDialog);

  const show = useCallback(() => {
    returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setOpen(true);
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (isTypingTarget(event.target)) return;
      event.preventDefault();
      show();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [show]);

  /** Closing returns focus where it was; following a result leaves it to the page the reader went to. */
  const close = useCallback((followed: boolean) => {
    setOpen(false);
    if (followed) return;
    const target = returnTo.current && returnTo.current.isConnected && returnTo.current !== document.body ? returnTo.current : button.current;
    requestAnimationFrame(() => target?.focus());
  }, []);

  return (
    <>
      <button ref={button} type="button" className={styles.trigger} onClick={show} aria-haspopup="dialog" aria-keyshortcuts="/" data-search-open="">
        <svg className={styles.icon} viewBox="0 0 20 20" aria-hidden="true" focusable="false">
          <circle cx="8.5" cy="8.5" r="5.5" />
          <path d="M12.8 12.8 17 17" />
        </svg>
        <span className={styles.triggerText}>Search</span>
        <kbd className={styles.triggerKey} aria-hidden="true">
          /
        </kbd>
      </button>
      {open && (
        <LoadBoundary
          onRetry={() => setSearchDialog(lazyDialog)}
          fallback={(_error, retry) => (
            <span className={styles.loadError} role="alert">
              Search did not load; check your connection.{' '}
              <button type="button" className="button" onClick={retry}>
                Retry
              </button>{' '}
              <button type="button" className="button" onClick={() => close(false)}>
                Close
              </button>
            </span>
          )}
        >
          <Suspense fallback={null}>
            <SearchDialog onClose={close} />
          </Suspense>
        </LoadBoundary>
      )}
    </>
  );
}
