import type { ReactNode } from 'react';
import { glossaryEntry } from '@/chapters/glossary-index';
import { TermTip } from './TermTip';

/**
 * <Term id="watermark">watermarks</Term> in a chapter: the words as written, linked to the glossary
 * entry, with its definition on hover and focus. The content check refuses ids the glossary lacks.
 */
export function Term({ id, children }: { id: string; children: ReactNode }) {
  const entry = glossaryEntry(id);
  if (!entry) throw new Error(`<Term id="${id}"> is not in chapters/glossary.ts`);
  return (
    <TermTip href={`/glossary/#${id}`} term={entry.term} definition={entry.definition}>
      {children}
    </TermTip>
  );
}
