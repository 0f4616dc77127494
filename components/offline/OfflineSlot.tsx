'use client';

import { lazy, Suspense, useEffect, useState } from 'react';

const OfflinePanel = lazy(() => import('./OfflinePanel'));

/** The home page's "Read it offline" panel, loaded after hydration so the page's first load stays as it was. */
export function OfflineSlot() {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  const placeholder = (
    <section className="offline-panel" aria-labelledby="offline-title">
      <h2 id="offline-title">Read it offline</h2>
      <p>Checking what this device holds…</p>
    </section>
  );
  if (!mounted) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <OfflinePanel />
    </Suspense>
  );
}
