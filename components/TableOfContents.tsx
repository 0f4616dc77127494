'use client';

import { useEffect, useState } from 'react';

export interface TocHeading {
  depth: number;
  text: string;
  id: string;
}

/**
 * The heading the reader is in: the last one whose top has passed a line just under the sticky
 * header. At the very bottom of the page, where short last sections can never reach that line, it
 * is the last heading on screen.
 */
function useCurrentHeading(ids: readonly string[]): string | null {
  const [current, setCurrent] = useState<string | null>(null);
  useEffect(() => {
    const elements = ids.map((id) => document.getElementById(id)).filter((el): el is HTMLElement => el !== null);
    if (elements.length === 0) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      const atBottom = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
      const line = atBottom ? window.innerHeight : 120;
      let active: string | null = null;
      for (const el of elements) {
        if (el.getBoundingClientRect().top <= line) active = el.id;
        else break;
      }
      setCurrent(active);
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    window.addEventListener('hashchange', schedule);
    return () => {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      window.removeEventListener('hashchange', schedule);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [ids]);
  return current;
}

/**
 * "On this page": a sticky rail on wide screens, a collapsed list above the text on narrow ones.
 * Both are rendered; CSS shows one, so the page needs no script to pick. The two navigations are
 * named apart ("On this page" and "On this page, above the text"), as landmarks must be.
 */
export function TableOfContents({ headings, variant }: { headings: readonly TocHeading[]; variant: 'rail' | 'inline' }) {
  const [ids] = useState(() => headings.map((h) => h.id));
  const current = useCurrentHeading(ids);
  const list = (
    <ol className="toc-list">
      {headings.map((h) => (
        <li key={h.id} className={`toc-depth-${h.depth}`}>
          <a href={`#${h.id}`} aria-current={current === h.id ? 'location' : undefined}>
            {h.text}
          </a>
        </li>
      ))}
    </ol>
  );
  if (variant === 'inline') {
    return (
      <details className="toc-inline" data-pagefind-ignore="">
        <summary>On this page</summary>
        <nav aria-label="On this page, above the text">{list}</nav>
      </details>
    );
  }
  return (
    <div className="toc-rail">
      <nav aria-label="On this page">
        <p className="toc-title" aria-hidden="true">
          On this page
        </p>
        {list}
      </nav>
    </div>
  );
}
