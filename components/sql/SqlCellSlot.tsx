'use client';

import { lazy, Suspense, useRef, useState, type ReactNode } from 'react';
import type { DatasetId } from '@/lib/sql-cells/catalog';
import { LoadBoundary } from '../LoadBoundary';
import { useNearViewport } from '../useNearViewport';

const load = () => lazy(() => import('./SqlEditor'));
let Editor = load();

/**
 * Shows the book's query as the chapter renders it until the cell comes near the viewport, then
 * swaps in the editor (its code is fetched then, once for every cell on the page). If that code
 * cannot be fetched, the query stays readable and Retry fetches again.
 */
export function SqlCellSlot({ dataset, sql, children }: { dataset: DatasetId; sql: string; children: ReactNode }) {
  const anchor = useRef<HTMLDivElement>(null);
  const near = useNearViewport(anchor, '600px');
  const [, setAttempt] = useState(0);
  return (
    <div ref={anchor} className="sql-cell-body">
      {near ? (
        <LoadBoundary
          onRetry={() => {
            Editor = load();
            setAttempt((n) => n + 1);
          }}
          fallback={(error, retry) => (
            <>
              {children}
              <p className="load-error" role="alert">
                The editor for this query could not load ({error.message}).{' '}
                <button type="button" className="button button-small" onClick={retry}>
                  Retry
                </button>
              </p>
            </>
          )}
        >
          <Suspense fallback={children}>
            <Editor dataset={dataset} sql={sql} />
          </Suspense>
        </LoadBoundary>
      ) : (
        children
      )}
    </div>
  );
}
