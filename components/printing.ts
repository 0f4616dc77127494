'use client';

import { useEffect, useState } from 'react';

/** Sent by "Print this section" before it opens the print dialog: lazy figures render now. */
const PREPARE_EVENT = 'book:prepare-print';

/**
 * Becomes true, once, when the page is about to be printed: the browser's beforeprint, print media
 * matching (a headless PDF, or emulated print), or "Print this section". Figures waiting to scroll
 * into view render then, so a printed page has every diagram, not only the ones the reader passed.
 */
export function usePrintRequested(): boolean {
  const [requested, setRequested] = useState(false);
  useEffect(() => {
    if (requested) return;
    const media = window.matchMedia('print');
    if (media.matches) {
      setRequested(true);
      return;
    }
    const request = () => setRequested(true);
    const onMedia = () => media.matches && request();
    window.addEventListener('beforeprint', request);
    window.addEventListener(PREPARE_EVENT, request);
    media.addEventListener('change', onMedia);
    return () => {
      window.removeEventListener('beforeprint', request);
      window.removeEventListener(PREPARE_EVENT, request);
      media.removeEventListener('change', onMedia);
    };
  }, [requested]);
  return requested;
}

const WAIT_MS = 15_000;

/** Whether some figure on the page has not been drawn yet. */
export function figuresWaiting(): boolean {
  return document.querySelector('[data-figure][data-status="waiting"]') !== null;
}

/**
 * Renders every figure still waiting, waits until none is (or WAIT_MS passes: a figure that cannot
 * load prints its text description), then opens the print dialog.
 */
export async function printPage(): Promise<void> {
  window.dispatchEvent(new Event(PREPARE_EVENT));
  const started = Date.now();
  while (figuresWaiting() && Date.now() - started < WAIT_MS) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  window.print();
}
