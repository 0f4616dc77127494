'use client';

import { useEffect } from 'react';

/**
 * Links made when a chapter was one page — /chapters/<slug>/#<heading> or #sandbox-<id> — still land:
 * on the chapter's overview, when the address names an anchor this page does not hold, fetch the
 * chapter's anchor map (a small static JSON file, only then) and go on to the page that holds it,
 * keeping the query (sandbox settings) and the anchor.
 */
export function AnchorRedirect({ map }: { map: string }) {
  useEffect(() => {
    let live = true;
    const follow = () => {
      const id = decodeURIComponent(window.location.hash.slice(1));
      if (!id || document.getElementById(id)) return;
      // The map and its schema load only when an old link needs them.
      Promise.all([fetch(map).then((response) => (response.ok ? (response.json() as Promise<unknown>) : null)), import('zod/mini')])
        .then(([json, z]) => {
          const path = z.record(z.string(), z.string()).safeParse(json).data?.[id];
          if (live && path?.startsWith('/chapters/')) window.location.replace(`${path}${window.location.search}${window.location.hash}`);
        })
        .catch(() => undefined);
    };
    follow();
    window.addEventListener('hashchange', follow);
    return () => {
      live = false;
      window.removeEventListener('hashchange', follow);
    };
  }, [map]);
  return null;
}
