'use client';

import { useEffect, useState } from 'react';
import { figuresWaiting, printPage } from './printing';

/**
 * "Print this section": draws every figure first, then opens the browser's print dialog. While it
 * is on the page, Ctrl+P (⌘P) does the same when some figure has not been drawn yet: the browser's
 * own dialog would not wait for them.
 */
export function PrintButton({ label }: { label: string }) {
  const [preparing, setPreparing] = useState(false);
  const print = () => {
    setPreparing(true);
    void printPage().finally(() => setPreparing(false));
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'p' || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      if (!figuresWaiting()) return;
      event.preventDefault();
      setPreparing(true);
      void printPage().finally(() => setPreparing(false));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <p className="print-control">
      <button type="button" className="button" onClick={print} disabled={preparing}>
        {preparing ? 'Getting the figures ready…' : label}
      </button>
    </p>
  );
}
