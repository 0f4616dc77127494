'use client';

import { useState } from 'react';
import { printPage } from './printing';

/** "Print this section": draws every figure first, then opens the browser's print dialog. */
export function PrintButton({ label }: { label: string }) {
  const [preparing, setPreparing] = useState(false);
  const print = () => {
    setPreparing(true);
    void printPage().finally(() => setPreparing(false));
  };
  return (
    <p className="print-control">
      <button type="button" className="button" onClick={print} disabled={preparing}>
        {preparing ? 'Getting the figures ready…' : label}
      </button>
    </p>
  );
}
