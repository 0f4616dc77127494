import type { ReactNode } from 'react';

const titles = { note: 'Note', warning: 'Warning', example: 'Example' } as const;

export function Callout({ kind = 'note', title, children }: { kind?: keyof typeof titles; title?: string; children: ReactNode }) {
  const heading = title ?? titles[kind];
  return (
    <div className={`callout callout-${kind}`} role="note" aria-label={heading}>
      <p className="callout-title">
        <span aria-hidden="true" className="callout-icon">
          {kind === 'warning' ? '!' : kind === 'example' ? '▸' : 'i'}
        </span>
        {heading}
      </p>
      <div className="callout-body">{children}</div>
    </div>
  );
}
