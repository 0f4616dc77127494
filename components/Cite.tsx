import { chapterReferences } from '@/references/works';
import { chapterPath } from '@/lib/content/paths';
import { referenceAnchor, shortCitation } from '@/lib/content/references';

const byId = new Map(Object.entries(chapterReferences).flatMap(([slug, refs]) => refs.map((ref, i) => [ref.id, { slug, ref, n: i + 1 }] as const)));

/**
 * A citation in the text: its number in the chapter's references, linking to the entry on the
 * chapter's references page (a page of this site: nothing leaves it until the reader follows the
 * entry's own link). The content check refuses an id references/works.ts does not list.
 */
export function Cite({ id }: { id: string }) {
  const found = byId.get(id);
  if (!found) throw new Error(`<Cite id="${id}" />: no such reference in references/works.ts.`);
  const label = shortCitation(found.ref);
  return (
    <sup className="cite">
      <a href={`${chapterPath(found.slug)}references/#${referenceAnchor(id)}`} aria-label={`Reference ${found.n}: ${label}`} title={`${label}: ${found.ref.title}`}>
        [{found.n}]
      </a>
    </sup>
  );
}
