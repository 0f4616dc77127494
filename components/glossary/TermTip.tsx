'use client';

import { useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/**
 * A marked term: a link to its glossary entry whose definition shows while the pointer is over it
 * or it has keyboard focus, and hides on Escape (WCAG 1.4.13: hoverable, dismissable, persistent).
 * The definition is in the page's HTML from the start and is the link's accessible description.
 */
export function TermTip({ href, term, definition, children }: { href: string; term: string; definition: string; children: ReactNode }) {
  const tipId = useId();
  const [open, setOpen] = useState(false);
  const [shift, setShift] = useState(0);
  const tip = useRef<HTMLSpanElement>(null);

  useLayoutEffect(() => {
    if (!open || !tip.current) return setShift(0);
    const rect = tip.current.getBoundingClientRect();
    const overflow = rect.right - (document.documentElement.clientWidth - 8);
    setShift(overflow > 0 ? -Math.min(overflow, Math.max(0, rect.left - 8)) : 0);
  }, [open]);

  return (
    <span className="term" onMouseEnter={() => setOpen(true)} onMouseLeave={() => setOpen(false)}>
      <a
        href={href}
        className="term-link"
        aria-describedby={tipId}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setOpen(false);
        }}
      >
        {children}
      </a>
      <span ref={tip} id={tipId} role="tooltip" className="term-tip" hidden={!open} style={shift ? { transform: `translateX(${shift}px)` } : undefined} data-term-tip>
        <strong>{term}</strong>: {definition}
      </span>
    </span>
  );
}
