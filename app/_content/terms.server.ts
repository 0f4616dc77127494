import 'server-only';
import { loadBook } from './chapters.server';

export interface TermUse {
  chapterSlug: string;
  chapterNumber: number;
  chapterTitle: string;
  /** The heading the term is used under, for a link back into the text. */
  headingId: string;
  headingText: string;
  /** That heading on the page that holds it. */
  href: string;
}

/** Every place a chapter marks a term, by term id: one entry per (chapter, heading), in reading order. */
export const termUses = () => componentUses('Term');

/** Every place a chapter cites a work (<Cite id>), by reference id, the same way. */
export const citeUses = () => componentUses('Cite');

function componentUses(name: 'Term' | 'Cite'): Map<string, TermUse[]> {
  const uses = new Map<string, TermUse[]>();
  for (const model of loadBook()) {
    for (const page of model.pages) {
      const { headings, components } = page.outline;
      for (const use of components) {
        if (use.name !== name || !use.id) continue;
        const heading = [...headings].reverse().find((h) => h.line <= use.line);
        if (!heading) continue;
        const list = uses.get(use.id) ?? [];
        if (!list.some((u) => u.chapterSlug === model.slug && u.headingId === heading.id)) {
          list.push({
            chapterSlug: model.slug,
            chapterNumber: model.number,
            chapterTitle: model.title,
            headingId: heading.id,
            headingText: heading.text,
            href: `${page.path}#${heading.id}`,
          });
        }
        uses.set(use.id, list);
      }
    }
  }
  return uses;
}
