import 'server-only';
import { loadAllOutlines } from './chapters.server';

export interface TermUse {
  chapterSlug: string;
  chapterNumber: number;
  chapterTitle: string;
  /** The heading the term is used under, for a link back into the text. */
  headingId: string;
  headingText: string;
}

/** Every place a chapter marks a term, by term id: one entry per (chapter, heading), in reading order. */
export function termUses(): Map<string, TermUse[]> {
  const uses = new Map<string, TermUse[]>();
  for (const { chapter, outline } of loadAllOutlines()) {
    for (const use of outline.components) {
      if (use.name !== 'Term' || !use.id) continue;
      const heading = [...outline.headings].reverse().find((h) => h.line <= use.line);
      if (!heading) continue;
      const list = uses.get(use.id) ?? [];
      if (!list.some((u) => u.chapterSlug === chapter.slug && u.headingId === heading.id)) {
        list.push({ chapterSlug: chapter.slug, chapterNumber: chapter.number, chapterTitle: chapter.title, headingId: heading.id, headingText: heading.text });
      }
      uses.set(use.id, list);
    }
  }
  return uses;
}
