'use client';

import { lazy, Suspense, useRef } from 'react';
import { useNearViewport } from '@/components/useNearViewport';

const OfflinePanel = lazy(() => import('./OfflinePanel'));

/**
 * The home page's "Read it offline" panel. It loads when the reader scrolls near it: reading the
 * book's file list (and checking it with zod) is work a phone would otherwise do while the page
 * becomes interactive, for a panel below the table of contents.
 */
export function OfflineSlot() {
  const ref = useRef<HTMLElement>(null);
  const near = useNearViewport(ref, '300px');
  const placeholder = (
    <section className="offline-panel" aria-labelledby="offline-title" ref={ref}>
      <h2 id="offline-title">Read it offline</h2>
      <p>Checking what this device holds…</p>
    </section>
  );
  if (!near) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <OfflinePanel />
    </Suspense>
  );
}
