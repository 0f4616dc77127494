'use client';

import { useEffect } from 'react';
import * as z from 'zod/mini';

const anchorMap = z.record(z.string(), z.string());

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
      fetch(map)
        .then((response) => (response.ok ? response.json() : null))
        .then((json: unknown) => {
          const path = anchorMap.safeParse(json).data?.[id];
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
