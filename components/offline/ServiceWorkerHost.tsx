'use client';

import { useEffect, useState } from 'react';

/**
 * Starts the service worker after hydration (its code is loaded then, not with the page) and shows
 * "A new version of the book is ready" when a deploy is waiting. The open page keeps running on the
 * version it was loaded with until the reader chooses to reload.
 */
export function ServiceWorkerHost() {
  const [apply, setApply] = useState<(() => void) | null>(null);
  const [later, setLater] = useState(false);

  useEffect(() => {
    let live = true;
    const production = process.env.NODE_ENV === 'production';
    void import('@/lib/offline/register')
      .then(async (m) => {
        if (!production) return m.unregisterAll();
        await m.registerServiceWorker((fn) => {
          if (live) setApply(() => fn);
        });
      })
      .catch(() => undefined); // without a worker the book still works online
    return () => {
      live = false;
    };
  }, []);

  if (!apply || later) return null;
  return (
    <div className="update-notice" role="status">
      <p>A new version of the book is ready — reload to read it.</p>
      <div className="notice-actions">
        <button type="button" className="button" onClick={apply}>
          Reload
        </button>
        {/* On a phone the notice covers the text: it can wait (it comes back on the next page). */}
        <button type="button" className="button" onClick={() => setLater(true)}>
          Later
        </button>
      </div>
    </div>
  );
}
