import Link from 'next/link';
import type { ChapterInfo } from '@/chapters/catalog';
import type { Outline } from '@/lib/content/outline';

/** The book's chapters; the current one opens to its sections. Wide screens only (see globals.css). */
export function ChapterSidebar({ current, outlines }: { current: string; outlines: Array<{ chapter: ChapterInfo; outline: Outline }> }) {
  return (
    <nav className="sidebar" aria-label="Chapters">
      <ol>
        {outlines.map(({ chapter, outline }) => {
          const isCurrent = chapter.slug === current;
          return (
            <li key={chapter.slug}>
              <Link href={`/chapters/${chapter.slug}/`} aria-current={isCurrent ? 'page' : undefined}>
                <span className="sidebar-number">{chapter.number}</span> {chapter.title}
              </Link>
              {isCurrent && (
                <ol>
                  {outline.headings
                    .filter((h) => h.depth === 2)
                    .map((h) => (
                      <li key={h.id}>
                        <a href={`#${h.id}`}>{h.text}</a>
                      </li>
                    ))}
                </ol>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
